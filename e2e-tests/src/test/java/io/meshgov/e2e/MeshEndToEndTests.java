package io.meshgov.e2e;

import io.meshgov.cli.DemoScenario;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/** The three services as separate processes against one real (embedded KRaft) broker, running the demo. */
@EmbeddedKafka(
        count = 1,
        partitions = 4,
        brokerProperties = {"num.partitions=4"})
class MeshEndToEndTests {

    @Test
    void theDemosOutcomesAreVisibleThroughEveryServicesApiAndTheAlertTopic(
            EmbeddedKafkaBroker broker, @TempDir Path home) throws Exception {
        String bootstrap = broker.getBrokersAsString();
        try (MeshProcesses mesh = MeshProcesses.start(bootstrap, home)) {
            io.meshgov.cli.Health.await(180, mesh.healthUrls());

            new DemoScenario(bootstrap).publish();

            DemoOutcomes.verify(mesh.catalog(), mesh.lineage(), mesh.quality(), bootstrap, Duration.ofSeconds(120));
        }
    }
}
