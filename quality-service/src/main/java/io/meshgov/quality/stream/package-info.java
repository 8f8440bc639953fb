/**
 * The Kafka edge of quality: decode measurements and product events (dead-lettering what cannot be decoded or is
 * not a valid measurement), route them by product, track KPIs in state stores, announce status transitions on
 * {@code mesh.quality.status}, and publish the read model every instance serves from.
 */
package io.meshgov.quality.stream;
