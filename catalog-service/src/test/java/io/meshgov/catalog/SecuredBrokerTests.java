package io.meshgov.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.admin.BrokerAccess;
import io.meshgov.admin.ServiceAccess;
import io.meshgov.admin.access.AccessReconciler;
import io.meshgov.admin.access.GrantLog;
import io.meshgov.catalog.support.TestClockConfiguration;
import io.meshgov.events.AccessGrantChanged;
import io.meshgov.events.AccessGrantState;
import io.meshgov.events.AccessRequested;
import io.meshgov.events.Classification;
import io.meshgov.events.ConsumerKind;
import io.meshgov.events.DataProductVersionPublished;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.fixtures.SecuredBroker;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.Domains;
import io.meshgov.kit.test.MutableClock;
import io.meshgov.kit.test.TopicReader;
import io.meshgov.mesh.Topics;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.wire.EventCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The catalog on a broker with SASL and a deny-by-default authorizer, connecting as its own principal with only the
 * ACLs of {@link BrokerAccess#service}: it still reads every domain's topics and announces alerts, and its
 * password never reaches the log although Kafka's whole client configuration is logged.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = TestClockConfiguration.class,
        properties = {"logging.level.org.apache.kafka.common.config.AbstractConfig=INFO"})
@ActiveProfiles("test")
@DirtiesContext
class SecuredBrokerTests {

    static final SecuredBroker BROKER = SecuredBroker.start(2);
    static final Map<String, Map<String, Object>> DOMAINS = Map.of(
            "sales", BROKER.addDomain("sales"),
            "finance", BROKER.addDomain("finance"),
            "marketing", BROKER.addDomain("marketing"));

    /** Where sales serves the live product of {@link #anApprovedRequestLetsTheReaderReadTheTopicUntilTheGrantExpires}. */
    static final String LIVE_TOPIC = "mesh.sales.top-10-customers-live.v1";

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void asTheCatalogsPrincipal(DynamicPropertyRegistry registry) {
        BROKER.runAs(ServiceAccess.CATALOG, registry);
    }

    @AfterAll
    static void stopBroker() {
        BROKER.close();
    }

    @Test
    void theCatalogWorksAsItsOwnPrincipalAndNeverLogsItsPassword(CapturedOutput output) {
        Api api = new Api(port);
        try (Domains domains = new Domains(DOMAINS::get)) {
            domains.publish("sales", MeshFixtures.top10CustomersV21(), MeshFixtures.top10CustomersV30());
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> assertThat(
                            api.ok("/api/products/top-10-customers")
                                    .at("/versions")
                                    .size())
                    .isEqualTo(2));
            domains.publish("finance", MeshFixtures.analystOnV21());
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(
                            api.ok("/api/consumers/jane.analyst").toString())
                    .contains("2.1"));
            domains.publish("sales", MeshFixtures.top10V21DeprecatedFor30());
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                        TopicReader.readBytes(BROKER.admin(), Topics.ALERTS, Duration.ofSeconds(1)))
                .hasSize(1));

        String password = SecuredBroker.passwordOf(ServiceAccess.CATALOG.user());
        assertThat(output).as("Kafka's configuration was logged").contains("sasl.jaas.config = [hidden]");
        assertThat(output).doesNotContain(password);
    }

    /**
     * Issue 20's access requests on a broker that denies by default: finance asks sales for the live product, sales
     * approves for ten days; once the reconciler (the platform's, as the admin) applied the recorded grants, finance's
     * principal reads the product's topic, and after the grant's end it is denied again. Marketing's request is denied
     * and grants nothing.
     */
    @Test
    void anApprovedRequestLetsTheReaderReadTheTopicUntilTheGrantExpires() throws Exception {
        Instant now = clock.instant();
        BROKER.createTopic(LIVE_TOPIC);
        try (var sales = new KafkaProducer<>(DOMAINS.get("sales"), new StringSerializer(), new StringSerializer())) {
            sales.send(new ProducerRecord<>(LIVE_TOPIC, "acme", "rank 1")).get(30, TimeUnit.SECONDS);
        }
        DataProductVersionPublished live = PipelineEvents.published("top-10-customers-live", "1.0")
                .name("Top 10 customers, live")
                .definition("The ten customers with the highest revenue so far this quarter, updated hourly.")
                .owner("sales-analytics")
                .code("https://git.acmeco.internal/sales/top-10-live", "9f1c2e7")
                .endpoint("https://data.acmeco.example/top-10-customers-live/v1")
                .classification(Classification.INTERNAL)
                .dataset("kafka://" + BROKER.bootstrap(), LIVE_TOPIC)
                .occurredAt(now)
                .build();
        try (Domains domains = new Domains(DOMAINS::get)) {
            domains.publish("sales", live);
            domains.publish("finance", request("q1", "jane.analyst", now));
            domains.publish("marketing", request("m1", "campaign-planner", now));
            domains.publish(
                    "sales",
                    PipelineEvents.access("q1", "top-10-customers-live", "1.0")
                            .occurredAt(now.plus(Duration.ofHours(1)))
                            .approvedUntil(now.plus(Duration.ofDays(10))),
                    PipelineEvents.access("m1", "top-10-customers-live", "1.0")
                            .occurredAt(now.plus(Duration.ofHours(1)))
                            .denied("campaign planning does not need customer revenue"));
        }
        Map<String, AccessGrantChanged> grants = awaitGrants(2);
        assertThat(grants.values())
                .extracting(g -> g.getReaderDomain() + " " + g.getState())
                .containsExactlyInAnyOrder("finance GRANTED", "marketing DENIED");
        assertThat(readsLive("finance")).as("before the reconciler ran").isFalse();

        AccessReconciler.Report first = reconcile(grants);
        assertThat(first.created()).hasSize(2); // READ and DESCRIBE on the one topic, for finance
        assertThat(readsLive("finance")).isTrue();
        assertThat(readsLive("marketing")).as("denied").isFalse();
        assertThat(reconcile(grants).created())
                .as("a second run changes nothing")
                .isEmpty();
        Api api = new Api(port);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(
                        api.ok("/api/consumers/jane.analyst").toString())
                .contains("top-10-customers-live"));

        clock.advance(Duration.ofDays(11));
        Map<String, AccessGrantChanged> later = awaitGrants(2, AccessGrantState.EXPIRED);
        assertThat(reconcile(later).removed()).hasSize(2);
        assertThat(readsLive("finance")).as("after the grant's end").isFalse();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(
                        api.ok("/api/consumers/jane.analyst").toString())
                .doesNotContain("top-10-customers-live"));
    }

    private static AccessRequested request(String requestId, String consumer, Instant now) {
        return PipelineEvents.access(requestId, "top-10-customers-live", "1.0")
                .consumer(consumer)
                .kind(ConsumerKind.HUMAN)
                .purpose("quarterly revenue by top customer")
                .contact(consumer + "@acmeco.example")
                .occurredAt(now)
                .requested(now.plus(Duration.ofDays(30)));
    }

    private static Map<String, AccessGrantChanged> awaitGrants(int requests, AccessGrantState... states) {
        Map<String, AccessGrantChanged> grants = new java.util.HashMap<>();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            grants.clear();
            grants.putAll(GrantLog.read(BROKER.admin(), EventCodec.singleObject(), Duration.ofSeconds(30)));
            assertThat(grants).hasSize(requests);
            for (AccessGrantState state : states) {
                assertThat(grants.values())
                        .extracting(AccessGrantChanged::getState)
                        .contains(state);
            }
        });
        return grants;
    }

    /** The reconciler's run as the platform's admin, at the catalog's (driven) time. */
    private AccessReconciler.Report reconcile(Map<String, AccessGrantChanged> grants) throws Exception {
        try (Admin admin = Admin.create(BROKER.admin())) {
            return AccessReconciler.reconcile(admin, grants.values(), clock.instant());
        }
    }

    /** Whether the domain's principal can read the live topic's record (a denial is an authorization error). */
    private static boolean readsLive(String domain) {
        Map<String, Object> config = new java.util.HashMap<>(DOMAINS.get(domain));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "mesh." + domain + ".live-reader");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(new TopicPartition(LIVE_TOPIC, 0)));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                if (!consumer.poll(Duration.ofMillis(500)).isEmpty()) return true;
            }
            throw new AssertionError(domain + " neither read the record nor was denied within 20 s");
        } catch (TopicAuthorizationException denied) {
            return false;
        }
    }
}
