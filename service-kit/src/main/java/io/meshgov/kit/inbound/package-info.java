/**
 * How events come into a service: every input record decoded once, routed to the task of its product, handed to the
 * processor typed (the event, the domain whose topic carried it, where it was read); what cannot be decoded goes to
 * the service's dead-letter topic with the reason and source coordinates, through one writer.
 */
package io.meshgov.kit.inbound;
