/**
 * The edge every service's topology starts with: decode each input record once, send what cannot be decoded to
 * the service's dead-letter topic with the reason and source coordinates, and stamp the rest with where it came
 * from. Needs kafka-streams, which this module declares optional.
 */
package io.meshgov.wire.streams;
