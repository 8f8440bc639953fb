package io.meshgov.lineage.graph;

import java.time.Instant;

/**
 * A directed edge: INPUT (source or product version feeds a version) or CONSUMES (a version feeds a consumer).
 * An input declared without a version starts at {@code product:<id>} and is bound when traversed; consumer edges
 * carry the consumer's facts (its domain is the consuming domain).
 */
public record Edge(
        String from,
        String to,
        EdgeKind kind,
        String declaredVersion,
        String consumerDomain,
        String consumerKind,
        String contact,
        Instant since) {

    public enum EdgeKind {
        INPUT,
        CONSUMES
    }

    public static Edge input(String from, String to, String declaredVersion) {
        return new Edge(from, to, EdgeKind.INPUT, declaredVersion, null, null, null, null);
    }

    public static Edge consumes(
            String version, String consumer, String domain, String kind, String contact, Instant since) {
        return new Edge(version, consumer, EdgeKind.CONSUMES, null, domain, kind, contact, since);
    }

    public Edge boundTo(String from) {
        return new Edge(from, to, kind, declaredVersion, consumerDomain, consumerKind, contact, since);
    }
}
