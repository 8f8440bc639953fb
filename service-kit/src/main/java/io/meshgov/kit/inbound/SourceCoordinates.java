package io.meshgov.kit.inbound;

/** Where an input record was read: the coordinates a dead letter, a violation or an accepted fact names. */
public record SourceCoordinates(String topic, int partition, long offset) {}
