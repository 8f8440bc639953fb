package io.meshgov.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.catalog.support.CatalogIntegrationTest;
import io.meshgov.events.ConsumerKind;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.Domains;
import io.meshgov.kit.test.TopicReader;
import io.meshgov.mesh.Topics;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.wire.EventSerdes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * Reliability scenario 8, the parts not covered by the size-limits policy: 10,000 consumers on one version (then
 * deprecated: 10,000 alerts), and consumer ids with Unicode edge cases (accents, CJK, emoji, combining marks, a
 * right-to-left override, a 256-character id) round-tripping through the API.
 */
@CatalogIntegrationTest
class HostileInputTests {

    private static final int CONSUMERS = 10_000;
    private static final List<String> UNICODE_IDS =
            List.of("josé.müller", "用户-七", "dashboard-😀", "e\u0301clair", "\u202Eevil-rtl", "x".repeat(256));

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void tenThousandConsumersOnOneVersionAreCountedListedAndEachAlertedOnceWhenItIsDeprecated() {
        Api api = new Api(port);
        try (Domains domains = new Domains(broker.getBrokersAsString())) {
            domains.publish("sales", MeshFixtures.top10CustomersV21(), MeshFixtures.top10CustomersV30());
            SpecificRecord[] registrations = new SpecificRecord[CONSUMERS];
            for (int i = 0; i < CONSUMERS; i++) registrations[i] = registration("consumer-" + i, "2.1");
            domains.publish("marketing", registrations);
            domains.publish("sales", MeshFixtures.top10V21DeprecatedFor30());
        }
        // a bound against hanging, not a speed check (./mesh bench measures ingest): 17 s alone, but over 120 s inside
        // a fresh-clone build on a slow machine moment (2026-12-08: 5,069 of the 10,000 alerts at 120 s)
        await().atMost(Duration.ofSeconds(300)).untilAsserted(() -> assertThat(
                        api.ok("/api/alerts?size=1").get("totalItems").asInt())
                .isEqualTo(CONSUMERS));
        assertThat(api.ok("/api/products/" + MeshFixtures.TOP_10 + "/versions/2.1")
                        .get("consumers")
                        .size())
                .isEqualTo(CONSUMERS);
        var announced = TopicReader.readAll(
                broker.getBrokersAsString(), Topics.ALERTS, EventSerdes.alerts().deserializer(), Duration.ofSeconds(3));
        assertThat(announced).as("records on the alert topic").hasSize(CONSUMERS);
        assertThat(announced.stream().map(r -> r.value().getConsumerId()).distinct())
                .as("consumers alerted")
                .hasSize(CONSUMERS);
        assertThat(announced.stream().map(r -> r.value().getEventId()).distinct())
                .as("distinct event ids")
                .hasSize(CONSUMERS);
    }

    @Test
    void consumerIdsWithUnicodeEdgeCasesRoundTripThroughTheApi() {
        Api api = new Api(port);
        try (Domains domains = new Domains(broker.getBrokersAsString())) {
            domains.publish("sales", MeshFixtures.top10CustomersV21(), MeshFixtures.top10CustomersV30());
            domains.publish(
                    "finance",
                    UNICODE_IDS.stream().map(id -> registration(id, "3.0")).toArray(SpecificRecord[]::new));
        }
        for (String id : UNICODE_IDS) {
            String path = "/api/consumers/"
                    + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
            // up to 3 minutes: the previous test's 10,000 alerts are escalated by one unbounded wall-clock scan that
            // holds the stream thread for tens of seconds on a loaded machine (issue 22 bounds it); 60 s was exceeded
            await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> assertThat(
                            api.ok(path).get("consumerId").asString())
                    .as(path)
                    .isEqualTo(id));
        }
    }

    private static SpecificRecord registration(String consumer, String version) {
        return PipelineEvents.consumer(consumer, MeshFixtures.TOP_10, version)
                .occurredAt(MeshFixtures.T0.plusSeconds(3_600))
                .kind(ConsumerKind.SYSTEM)
                .purpose("load")
                .contact("ops@example.com")
                .registered();
    }
}
