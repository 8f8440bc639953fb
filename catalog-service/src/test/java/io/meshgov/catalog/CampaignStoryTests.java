package io.meshgov.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.catalog.support.CatalogIntegrationTest;
import io.meshgov.events.AlertNotice;
import io.meshgov.events.ConsumerKind;
import io.meshgov.events.DeprecatedVersionConsumerAlert;
import io.meshgov.events.LifecycleDecided;
import io.meshgov.events.VersionLifecycle;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.Domains;
import io.meshgov.kit.test.MutableClock;
import io.meshgov.kit.test.TopicReader;
import io.meshgov.mesh.Topics;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.wire.EventSerdes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/**
 * The seed's story carried on to its decision, on a real broker and a driven clock: 2.1 deprecated on day 31 (sunset
 * day 91); the dashboard acknowledges and migrates; the analyst asks for an extension; the operations report stays
 * silent and is reminded 14 days before the sunset; the owner extends the sunset by 30 days and the escalated alerts
 * return to OPEN; the silent consumer is reminded again before the new sunset; on it, the owner retires 2.1.
 */
@CatalogIntegrationTest
class CampaignStoryTests {

    private static final String CAMPAIGN = "/api/products/top-10-customers/versions/2.1/campaign";

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    MutableClock clock;

    Api api;
    Domains domains;

    @BeforeEach
    void connect() {
        api = new Api(port);
        domains = new Domains(broker.getBrokersAsString());
    }

    @AfterEach
    void disconnect() {
        domains.close();
    }

    @Test
    void consumersAnswerTheOwnerExtendsTheSunsetTheSilentOneIsRemindedAndTheVersionRetiresOnTheNewSunset() {
        domains.publish("sales", MeshFixtures.top10CustomersV21());
        domains.publish("marketing", MeshFixtures.salesDashboardOnV21());
        domains.publish("finance", MeshFixtures.analystOnV21());
        domains.publish("operations", registered("ops-report", "2.1", day(3)));
        domains.publish("sales", MeshFixtures.top10CustomersV30(), MeshFixtures.top10V21DeprecatedFor30());
        domains.publish(
                "marketing",
                PipelineEvents.answer("sales-dashboard", MeshFixtures.TOP_10, "2.1")
                        .occurredAt(day(33))
                        .acknowledged(day(60)));
        domains.publish(
                "finance",
                PipelineEvents.answer("jane.analyst", MeshFixtures.TOP_10, "2.1")
                        .occurredAt(day(40))
                        .extensionRequested(day(121), "the quarter-end close still reads 2.1"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(standings())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "sales-dashboard", "ACKNOWLEDGED_ON_TIME",
                        "jane.analyst", "EXTENSION_REQUESTED",
                        "ops-report", "SILENT")));

        domains.publish("marketing", registered("sales-dashboard", "3.0", day(58)));
        clock.set(day(77));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(standings()).containsEntry("sales-dashboard", "MIGRATED");
            assertThat(consumer("ops-report").get("lastReminderDaysBefore").asInt())
                    .isEqualTo(14);
        });
        clock.set(day(85));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        api.ok("/api/alerts?state=ESCALATED").get("items").findValuesAsString("consumerId"))
                .containsExactlyInAnyOrder("jane.analyst", "ops-report"));

        domains.publish(
                "sales",
                PipelineEvents.lifecycle(MeshFixtures.TOP_10, "2.1")
                        .occurredAt(day(85))
                        .sunsetAt(day(121))
                        .reason("finance's quarter-end close")
                        .sunsetExtended());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode campaign = api.ok(CAMPAIGN);
            assertThat(campaign.get("sunsetAt").asString()).isEqualTo(day(121).toString());
            assertThat(campaign.get("firstSunsetAt").asString()).isEqualTo(day(91).toString());
            assertThat(consumer("jane.analyst").get("alertState").asString()).isEqualTo("OPEN");
            assertThat(consumer("jane.analyst").get("plannedBeforeSunset").asBoolean())
                    .isTrue();
        });
        clock.set(day(107));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(reminders()).containsExactly(14, 14));
        clock.set(day(118));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(reminders()).containsExactly(14, 14, 3));

        domains.publish(
                "sales",
                PipelineEvents.lifecycle(MeshFixtures.TOP_10, "2.1")
                        .occurredAt(day(121))
                        .reason("sunset reached")
                        .retired());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        api.ok("/api/products/top-10-customers").get("versions").findValuesAsString("status"))
                .containsExactly("RETIRED", "ACTIVE"));
        assertThat(api.ok("/api/violations").get("items")).isEmpty();
        List<DeprecatedVersionConsumerAlert> alerts = alerts();
        assertThat(alerts.stream()
                        .map(DeprecatedVersionConsumerAlert::getEventId)
                        .distinct())
                .as("every alert event once")
                .hasSize(alerts.size());
        assertThat(alerts)
                .filteredOn(a -> a.getNotice() == AlertNotice.ANSWERED)
                .extracting(DeprecatedVersionConsumerAlert::getConsumerId)
                .containsExactlyInAnyOrder("sales-dashboard", "jane.analyst");
        List<LifecycleDecided> decided = TopicReader.readAll(
                        broker.getBrokersAsString(),
                        Topics.GOVERNANCE_ACCEPTED,
                        EventSerdes.anyEvent().deserializer(),
                        Duration.ofSeconds(2))
                .stream()
                .map(ConsumerRecord::value)
                .filter(LifecycleDecided.class::isInstance)
                .map(LifecycleDecided.class::cast)
                .toList();
        assertThat(decided)
                .as("the extension, for lineage and quality to follow")
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.getStatus()).isEqualTo(VersionLifecycle.DEPRECATED);
                    assertThat(d.getSunsetAt()).isEqualTo(day(121));
                    assertThat(d.getVersion()).isEqualTo("2.1.0");
                });
        assertThat(api.ok("/api/domains/sales/campaigns"))
                .as("retired: no open campaign")
                .isEmpty();
    }

    private Map<String, String> standings() {
        Map<String, String> standings = new java.util.TreeMap<>();
        api.ok(CAMPAIGN)
                .get("consumers")
                .forEach(c -> standings.put(
                        c.get("consumerId").asString(), c.get("standing").asString()));
        return standings;
    }

    private JsonNode consumer(String consumerId) {
        for (JsonNode c : api.ok(CAMPAIGN).get("consumers")) {
            if (c.get("consumerId").asString().equals(consumerId)) return c;
        }
        throw new AssertionError(consumerId + " is not in the campaign");
    }

    private List<Integer> reminders() {
        return alerts().stream()
                .filter(a -> a.getNotice() == AlertNotice.REMINDER)
                .peek(a -> assertThat(a.getConsumerId()).isEqualTo("ops-report"))
                .map(DeprecatedVersionConsumerAlert::getReminderDaysBefore)
                .collect(Collectors.toList());
    }

    private List<DeprecatedVersionConsumerAlert> alerts() {
        return TopicReader.readAll(
                        broker.getBrokersAsString(),
                        Topics.ALERTS,
                        EventSerdes.alerts().deserializer(),
                        Duration.ofMillis(500))
                .stream()
                .map(ConsumerRecord::value)
                .toList();
    }

    private static SpecificRecord registered(String consumer, String version, Instant at) {
        return PipelineEvents.consumer(consumer, MeshFixtures.TOP_10, version)
                .kind(ConsumerKind.SYSTEM)
                .purpose("weekly operations report")
                .contact(consumer + "@acmeco.example")
                .occurredAt(at)
                .registered();
    }

    private static Instant day(int n) {
        return MeshFixtures.T0.plus(Duration.ofDays(n));
    }
}
