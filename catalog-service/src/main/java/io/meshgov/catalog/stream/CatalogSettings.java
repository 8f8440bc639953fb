package io.meshgov.catalog.stream;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the catalog runs on Kafka.
 *
 * @param partitions partitions of the topics the service creates (outputs, repartition topic, changelogs);
 *     fixed once data exists, since state is sharded by it
 * @param replicationFactor replication of the topics the service creates
 * @param escalationCheck how often alerts are checked against the wall clock for a near sunset
 * @param escalationBatch how many alerts one step of that check reads at most (steps run every second)
 * @param holdWindow how long, in stream time (the records' timestamps), an input naming a version not published yet
 *     waits for it before it is decided as it is (a registration to an unknown version is then a violation)
 * @param holdMax how many inputs one task holds at most; beyond that an input is decided at once
 */
@ConfigurationProperties("meshgov.catalog")
public record CatalogSettings(
        int partitions,
        short replicationFactor,
        Duration escalationCheck,
        int escalationBatch,
        Duration holdWindow,
        int holdMax) {}
