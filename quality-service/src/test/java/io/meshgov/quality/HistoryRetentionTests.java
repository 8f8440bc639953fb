package io.meshgov.quality;

import static io.meshgov.fixtures.MeshFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.CatalogDecisions;
import io.meshgov.kit.test.Domains;
import io.meshgov.kit.test.MutableClock;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.quality.support.QualityIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.TestPropertySource;

/**
 * History past its retention is dropped a bounded batch at a time: a backlog (here 8 expired buckets, 3 per check)
 * drains over several checks, each a small transaction, instead of one unbounded one; the KPIs themselves stay.
 */
@QualityIntegrationTest
@TestPropertySource(properties = {"meshgov.quality.purge-batch=3", "meshgov.quality.stale-check=1s"})
class HistoryRetentionTests {

    private static final String HISTORY = "/api/quality/products/" + MeshFixtures.TOP_10
            + "/versions/3.0/kpis/completeness/history?from=" + T0 + "&to=" + T0.plus(Duration.ofDays(1));

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    MutableClock clock;

    @Test
    void expiredHistoryIsPurgedInBoundedBatchesAndTheKpisStay() {
        Api api = new Api(port);
        try (Domains domains = new Domains(broker.getBrokersAsString());
                CatalogDecisions catalog = new CatalogDecisions(broker.getBrokersAsString())) {
            catalog.accept("sales", MeshFixtures.top10CustomersV30());
            for (int hour = 1; hour <= 8; hour++) {
                Instant at = T0.plus(Duration.ofHours(hour));
                domains.publish(
                        "sales",
                        PipelineEvents.measured(MeshFixtures.TOP_10, "3.0", "completeness", 0.995)
                                .measuredAt(at)
                                .occurredAt(at)
                                .runId("run-" + hour)
                                .build());
            }
        }
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(api.ok(HISTORY).get("buckets")).hasSize(8));

        Set<Integer> seen = new ConcurrentSkipListSet<>();
        clock.set(T0.plus(Duration.ofDays(95)));
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> {
                    int buckets = api.ok(HISTORY).get("buckets").size();
                    seen.add(buckets);
                    assertThat(buckets).isZero();
                });

        assertThat(seen).as("bucket counts seen while purging").contains(5, 2);
        assertThat(api.ok("/api/quality/products/" + MeshFixtures.TOP_10 + "/versions/3.0")
                        .get("kpis")
                        .findValuesAsString("kpi"))
                .contains("completeness");
    }
}
