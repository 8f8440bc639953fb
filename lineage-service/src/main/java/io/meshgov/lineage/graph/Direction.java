package io.meshgov.lineage.graph;

public enum Direction {
    UPSTREAM,
    DOWNSTREAM,
    BOTH
}
