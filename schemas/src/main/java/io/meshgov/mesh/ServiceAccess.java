package io.meshgov.mesh;

import java.util.List;

/**
 * A service's identity on the broker: the user it authenticates as, its Kafka Streams application id and the
 * topics it writes (outputs, dead letters, its read-model topic). The constants are the defaults of each
 * service's application.yml.
 */
public record ServiceAccess(String user, String applicationId, List<String> outputs) {

    public static final ServiceAccess CATALOG = new ServiceAccess(
            "meshgov-catalog",
            "meshgov-catalog",
            List.of(
                    Topics.ALERTS,
                    Topics.GOVERNANCE_VIOLATIONS,
                    Topics.CATALOG_DEAD_LETTER,
                    "mesh.internal.catalog-view"));
    public static final ServiceAccess LINEAGE = new ServiceAccess(
            "meshgov-lineage", "meshgov-lineage", List.of(Topics.LINEAGE_DEAD_LETTER, "mesh.internal.lineage-view"));
    public static final ServiceAccess QUALITY = new ServiceAccess(
            "meshgov-quality",
            "meshgov-quality",
            List.of(Topics.QUALITY_STATUS, Topics.QUALITY_DEAD_LETTER, "mesh.internal.quality-view"));

    public static final List<ServiceAccess> ALL = List.of(CATALOG, LINEAGE, QUALITY);

    public ServiceAccess {
        outputs = List.copyOf(outputs);
    }
}
