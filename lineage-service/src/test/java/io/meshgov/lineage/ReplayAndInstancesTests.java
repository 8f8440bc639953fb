package io.meshgov.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.kit.test.Answers;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.CatalogDecisions;
import io.meshgov.kit.test.GroupOffsets;
import io.meshgov.kit.test.Instances;
import io.meshgov.lineage.support.LineageIntegrationTest;
import io.meshgov.lineage.support.LineageMesh;
import io.meshgov.mesh.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * A second instance of the same application on 4-partition topics, and a fresh application that replays every topic
 * from offset 0, answer every query exactly as the first instance does; deregistration and retirement then change
 * all three the same way.
 */
@LineageIntegrationTest
class ReplayAndInstancesTests {

    @LocalServerPort
    int port;

    private static final Pattern ACCEPTED = Pattern.compile(Pattern.quote(Topics.GOVERNANCE_ACCEPTED));

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    StreamsBuilderFactoryBean streams;

    @Test
    void secondInstanceAndCleanReplayGiveIdenticalGraphs() {
        try (CatalogDecisions catalog = new CatalogDecisions(broker.getBrokersAsString())) {
            LineageMesh.steps().forEach(step -> catalog.accept(step.domain(), step.event()));
            Api first = new Api(port);
            await().atMost(Duration.ofSeconds(60))
                    .until(() ->
                            first.get("/api/lineage/products/campaign-targets").status() == 200);

            try (ConfigurableApplicationContext second = start("meshgov-lineage");
                    ConfigurableApplicationContext replay = start("meshgov-lineage-replay")) {
                List<Api> others = List.of(Instances.api(second), Instances.api(replay));
                assertSameAnswers(first, others);
                Instances.awaitSplitProcessing(streams, second, "project");

                catalog.accept(
                        LineageMesh.janeLeaves21().domain(),
                        LineageMesh.janeLeaves21().event());
                LineageMesh.retire21().forEach(step -> catalog.accept(step.domain(), step.event()));

                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    var impact = first.ok("/api/lineage/products/top-10-customers/versions/2.1/impact");
                    assertThat(impact.get("impacted").findValuesAsString("id"))
                            .containsExactly("consumer:sales-dashboard");
                    assertThat(impact.at("/start/status").asString()).isEqualTo("RETIRED");
                });
                assertSameAnswers(first, others);

                // the accepted topic read again (a consumer re-reading it, a replayed catalog): nothing changes
                var before = Answers.contents(first, paths());
                catalog.redeliverAll();
                GroupOffsets group = new GroupOffsets(broker.getBrokersAsString(), "meshgov-lineage", ACCEPTED);
                await().atMost(Duration.ofSeconds(60))
                        .untilAsserted(() -> assertThat(group.lag()).isZero());
                await().during(Duration.ofSeconds(3))
                        .atMost(Duration.ofSeconds(10))
                        .until(() -> Answers.contents(first, paths()).equals(before));
                assertSameAnswers(first, others);
            }
        }
    }

    private static void assertSameAnswers(Api first, List<Api> others) {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> Answers.assertAlike(first, others, paths()));
    }

    private static List<String> paths() {
        List<String> paths = new ArrayList<>();
        for (String product : List.of(
                "invoices",
                "paid-invoices",
                "revenue-daily",
                "customers",
                "key-accounts",
                "top-10-customers",
                "board-report",
                "churn-scores",
                "campaign-targets")) {
            paths.add("/api/lineage/products/" + product + "?depth=10");
        }
        paths.add("/api/lineage/products/top-10-customers/versions/2.1/impact");
        paths.add("/api/lineage/products/top-10-customers/versions/3.0/impact");
        paths.add("/api/lineage/sources/impact?uri=jdbc:erp/invoices");
        return paths;
    }

    private static ConfigurableApplicationContext start(String applicationId) {
        return Instances.start(LineageApplication.class, "--spring.kafka.streams.application-id=" + applicationId);
    }
}
