package io.meshgov.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Publish → visible in the catalog, split into its hops at the catalog's acceptance of the publication: appended (the
 * producer's acknowledgement), processed and committed (the acceptance visible read committed on {@code
 * mesh.governance.accepted}, written in the same transaction as the catalog's changelogs), applied and answered (the
 * API's first 200 after it). Acceptances are recorded by a reader thread, publications by the probe; the split is
 * made once the probes are over, so that waiting for an acceptance never delays a probe.
 */
final class PublishHops {

    /** The hops, in order. */
    static final List<String> HOPS = List.of("appended", "processedAndCommitted", "appliedAndAnswered");

    private record Publication(long sent, long appended, long answered) {}

    private final Map<String, Publication> publications = new LinkedHashMap<>();
    private final Map<String, Long> acceptances = new ConcurrentHashMap<>();

    /** The reader saw the catalog's first acceptance of {@code productId} at {@code nanos}. */
    void accepted(String productId, long nanos) {
        acceptances.putIfAbsent(productId, nanos);
    }

    /** A probe's publication: sent, acknowledged, and first answered by the catalog's API (nanos). */
    void answered(String productId, long sent, long appended, long answered) {
        publications.put(productId, new Publication(sent, appended, answered));
    }

    /**
     * Each answered publication split at its acceptance. One whose acceptance was never read, or read before the
     * producer's acknowledgement or after the API answered (the reader polls too), is counted apart, not split.
     */
    Map<String, Object> summary() {
        Map<String, List<Long>> hops = new LinkedHashMap<>();
        for (String hop : HOPS) hops.put(hop, new ArrayList<>());
        int notRead = 0, outOfOrder = 0;
        for (var entry : publications.entrySet()) {
            Publication p = entry.getValue();
            Long committed = acceptances.get(entry.getKey());
            if (committed == null) notRead++;
            else if (committed < p.appended() || committed > p.answered()) outOfOrder++;
            else {
                hops.get("appended").add(p.appended() - p.sent());
                hops.get("processedAndCommitted").add(committed - p.appended());
                hops.get("appliedAndAnswered").add(p.answered() - committed);
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        hops.forEach((hop, latencies) -> summary.put(hop, Latencies.summary(latencies)));
        summary.put("acceptanceNotRead", notRead);
        summary.put("acceptanceOutOfOrder", outOfOrder);
        return summary;
    }
}
