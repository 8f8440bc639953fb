package io.meshgov.mesh;

import java.util.regex.Pattern;

/**
 * Every topic of the mesh, named once. Inputs are per domain ({@link InputTopic}); outputs have one writer each.
 * Every event about a product is keyed by its product id (UTF-8 string key).
 */
public final class Topics {

    /** {@code DeprecatedVersionConsumerAlert}, written by catalog-service: one record per alert state change. */
    public static final String ALERTS = "mesh.alerts";
    /**
     * {@code QualityBreachConsumerAlert}, written by catalog-service: a KPI of a version breached or passing again, one
     * record per consumer of that version and change. A topic of its own: one event type per alert topic, so that
     * readers of {@link #ALERTS} (and registry clients using topic-named subjects) are not handed a type they do not
     * know.
     */
    public static final String QUALITY_ALERTS = "mesh.alerts.kpi-breaches";
    /** {@code GovernanceViolation}, written by catalog-service. */
    public static final String GOVERNANCE_VIOLATIONS = "mesh.governance.violations";
    /**
     * {@code EventAccepted}, written by catalog-service: every domain input it accepted, in the order it applied them
     * per product. lineage-service and quality-service read it instead of deciding governance again. Retained
     * forever: it is their source of truth, replayed from offset 0 by a new instance.
     */
    public static final String GOVERNANCE_ACCEPTED = "mesh.governance.accepted";
    /**
     * {@code AccessGrantChanged}, written by catalog-service, keyed by request id and compacted: the last record of a
     * request is its grant's state, which the platform's access reconciler applies on the broker.
     */
    public static final String ACCESS_GRANTS = "mesh.access.grants";
    /** {@code QualityStatusChanged}, written by quality-service, read by catalog-service. */
    public static final String QUALITY_STATUS = "mesh.quality.status";

    /** Undecodable input records of each service, with the reason and source coordinates in headers. */
    public static final String CATALOG_DEAD_LETTER = "mesh.dlq.catalog-service";

    public static final String LINEAGE_DEAD_LETTER = "mesh.dlq.lineage-service";
    public static final String QUALITY_DEAD_LETTER = "mesh.dlq.quality-service";

    private Topics() {}

    /** One pattern over several kinds of input topic, for a service that subscribes to more than one. */
    public static Pattern anyOf(InputTopic... kinds) {
        StringBuilder alternatives = new StringBuilder();
        for (InputTopic kind : kinds) {
            if (!alternatives.isEmpty()) alternatives.append('|');
            alternatives.append(kind.pattern().pattern());
        }
        return Pattern.compile(alternatives.toString());
    }
}
