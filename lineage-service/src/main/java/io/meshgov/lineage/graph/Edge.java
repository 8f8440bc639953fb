package io.meshgov.lineage.graph;

import java.time.Instant;

/**
 * A directed edge: INPUT (source or product version feeds a version) or CONSUMES (a version feeds a consumer).
 * An input declared without a version starts at {@code product:<id>} and is bound when traversed; consumer edges
 * carry the consumer's facts (its domain is the consuming domain).
 *
 * <p>An input is {@code declared} by the reading version's publication, {@code observed} when a run the catalog bound
 * to the reader read it (the OpenLineage dataset and the last run that read it), or both. Stored edges are the declared
 * ones; observed edges are derived from the runs when the graph is read (see {@link LineageGraph}). A stored value
 * from an earlier build, without the flag, is declared.
 *
 * @param declared whether the reader declares this input (for an observed edge from a version: that version, or its
 *     product without a version); true for consumer edges
 * @param observed the dataset and last run that showed this input; null when no run did
 */
public record Edge(
        String from,
        String to,
        EdgeKind kind,
        String declaredVersion,
        String consumerDomain,
        String consumerKind,
        String contact,
        Instant since,
        Boolean declared,
        Observed observed) {

    public enum EdgeKind {
        INPUT,
        CONSUMES
    }

    /** The OpenLineage dataset a run of the reader read, and the last run that read it. */
    public record Observed(String namespace, String name, String lastRunId, Instant lastRunAt) {}

    public Edge {
        if (declared == null) declared = Boolean.TRUE;
    }

    public static Edge input(String from, String to, String declaredVersion) {
        return new Edge(from, to, EdgeKind.INPUT, declaredVersion, null, null, null, null, true, null);
    }

    public static Edge observedInput(String from, String to, boolean declared, Observed observed) {
        return new Edge(from, to, EdgeKind.INPUT, null, null, null, null, null, declared, observed);
    }

    public static Edge consumes(
            String version, String consumer, String domain, String kind, String contact, Instant since) {
        return new Edge(version, consumer, EdgeKind.CONSUMES, null, domain, kind, contact, since, true, null);
    }

    public Edge boundTo(String from) {
        return new Edge(
                from, to, kind, declaredVersion, consumerDomain, consumerKind, contact, since, declared, observed);
    }

    /** This declared edge, also observed. */
    public Edge seen(Observed by) {
        return new Edge(from, to, kind, declaredVersion, consumerDomain, consumerKind, contact, since, true, by);
    }
}
