package io.meshgov.e2e;

import io.meshgov.cli.DemoScenario;
import io.meshgov.cli.Health;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same end-to-end checks against the official {@code apache/kafka} image, on machines with Docker. Without a
 * Docker engine (as on our build machines) the class is skipped, not failed.
 */
@Testcontainers(disabledWithoutDocker = true)
class ApacheKafkaImageTests {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2").withEnv("KAFKA_NUM_PARTITIONS", "4");

    @Test
    void theDemosOutcomesAreVisibleAgainstTheOfficialImage(@TempDir Path home) throws Exception {
        String bootstrap = KAFKA.getBootstrapServers();
        try (MeshProcesses mesh = MeshProcesses.start(bootstrap, home)) {
            Health.await(180, mesh.healthUrls());

            new DemoScenario(bootstrap).publish();

            DemoOutcomes.verify(mesh.catalog(), mesh.lineage(), mesh.quality(), bootstrap, Duration.ofSeconds(120));
        }
    }
}
