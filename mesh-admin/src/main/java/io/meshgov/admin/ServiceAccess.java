package io.meshgov.admin;

import io.meshgov.mesh.Topics;
import java.util.List;

/**
 * A service's identity on the broker: the user it authenticates as, its Kafka Streams application id and the
 * topics it writes besides those named after its application id (its outputs and dead letters; changelogs, which are
 * also its read model, and repartition topics carry the application id). The constants are the defaults of each
 * service's application.yml.
 */
public record ServiceAccess(String user, String applicationId, List<String> outputs) {

    public static final ServiceAccess CATALOG = new ServiceAccess(
            "meshgov-catalog",
            "meshgov-catalog",
            List.of(
                    Topics.ALERTS,
                    Topics.QUALITY_ALERTS,
                    Topics.GOVERNANCE_VIOLATIONS,
                    Topics.GOVERNANCE_ACCEPTED,
                    Topics.ACCESS_GRANTS,
                    Topics.CATALOG_DEAD_LETTER));
    public static final ServiceAccess LINEAGE =
            new ServiceAccess("meshgov-lineage", "meshgov-lineage", List.of(Topics.LINEAGE_DEAD_LETTER));
    public static final ServiceAccess QUALITY = new ServiceAccess(
            "meshgov-quality", "meshgov-quality", List.of(Topics.QUALITY_STATUS, Topics.QUALITY_DEAD_LETTER));

    public static final List<ServiceAccess> ALL = List.of(CATALOG, LINEAGE, QUALITY);

    public ServiceAccess {
        outputs = List.copyOf(outputs);
    }
}
