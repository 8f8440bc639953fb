package io.meshgov.cli.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.meshgov.admin.BrokerAccess;
import io.meshgov.events.AccessGrantChanged;
import io.meshgov.events.AccessGrantState;
import io.meshgov.events.AccessResource;
import io.meshgov.events.AccessResourceKind;
import io.meshgov.fixtures.SecuredBroker;
import io.meshgov.mesh.DomainName;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.EventCodec;
import io.meshgov.wire.EventSerializer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Onboarding against a real broker with SASL and {@code StandardAuthorizer} (deny by default): what a domain may
 * write and read is exactly what its onboarding granted, and onboarding is safe to repeat.
 */
class DomainIsolationTests {

    private static final Pattern PASSWORD = Pattern.compile("password, shown once: (\\S+)");

    static SecuredBroker broker;
    static Admin admin;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = SecuredBroker.start(2);
        admin = Admin.create(broker.admin());
        admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(Topics.ACCESS_GRANTS, 2, (short) 1)))
                .all()
                .get();
    }

    @AfterAll
    static void stopBroker() {
        admin.close();
        broker.close();
    }

    @Test
    void aDomainCannotWriteAnotherDomainsTopicAndNothingReachesIt() throws Exception {
        String sales = onboard("sales");
        onboard("finance");
        try (var producer = producer("sales", sales)) {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> producer.send(
                            new ProducerRecord<>("mesh.sales.products", "p", "mine"))
                    .get());

            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("mesh.finance.products", "p", "forged"))
                            .get())
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.ALERTS, "p", "forged"))
                            .get())
                    .as("nor a service's output")
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        assertThat(values(broker.admin(), "mesh.finance.products")).isEmpty();
        assertThat(values(broker.admin(), "mesh.sales.products")).containsExactly("mine");
    }

    @Test
    void aDomainReadsAnotherDomainsTopicsOnlyOnceGranted() throws Exception {
        String marketing = onboard("marketing");
        onboard("customer");
        try (var writer = producer("customer", null)) { // the admin writes; only reading is under test
            writer.send(new ProducerRecord<>("mesh.customer.quality", "p", "kpi"))
                    .get();
        }
        Map<String, Object> asMarketing = broker.scram(BrokerAccess.domainUser(DomainName.of("marketing")), marketing);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(
                        values(asMarketing, "mesh.marketing.quality"))
                .isEmpty());
        assertThatThrownBy(() -> values(asMarketing, "mesh.customer.quality"))
                .isInstanceOf(TopicAuthorizationException.class);

        onboarding().grantRead(DomainName.of("marketing"), DomainName.of("customer"));

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(
                        values(asMarketing, "mesh.customer.quality"))
                .containsExactly("kpi"));
    }

    /**
     * The access reconciler's command on a grant recorded as catalog-service records it (the catalog's side, on the
     * same kind of broker, is catalog-service's {@code SecuredBrokerTests}): READ once it ran, denied again once the
     * grant expired; a hand-made grant of the same reader is left alone; a second run changes nothing.
     */
    @Test
    void theAccessReconcilerAppliesRecordedGrantsAndLeavesHandMadeOnesAlone() throws Exception {
        String hr = onboard("hr");
        onboard("payroll");
        onboard("ledger");
        String topic = "mesh.payroll.monthly-totals.v1";
        admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topic, 2, (short) 1)))
                .all()
                .get();
        try (var writer = producer("payroll", null)) {
            writer.send(new ProducerRecord<>(topic, "p", "march")).get();
        }
        onboarding().grantRead(DomainName.of("hr"), DomainName.of("ledger")); // by hand: not the reconciler's
        Map<String, Object> asHr = broker.scram(BrokerAccess.domainUser(DomainName.of("hr")), hr);
        assertThatThrownBy(() -> values(asHr, topic)).isInstanceOf(TopicAuthorizationException.class);

        Instant end = Instant.now().plus(Duration.ofDays(1));
        record(grant(AccessGrantState.GRANTED, end, topic));
        String first = reconcile();
        assertThat(first)
                .contains("1 requests recorded; 2 ACLs created, 0 removed")
                .contains("acl User:domain-hr ALLOW READ TOPIC " + topic + ": created");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(values(asHr, topic))
                .containsExactly("march"));
        assertThat(reconcile()).contains("0 ACLs created, 0 removed, 2 in force already");

        record(grant(AccessGrantState.EXPIRED, end, topic));
        assertThat(reconcile()).contains("2 removed");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThatThrownBy(() -> values(asHr, topic))
                .isInstanceOf(TopicAuthorizationException.class));
        assertThat(acls())
                .as("the hand-made grant")
                .containsAll(BrokerAccess.readGrant(DomainName.of("hr"), DomainName.of("ledger")));
    }

    @Test
    void onboardingTwiceChangesNothingAndPrintsWhatWasThere() throws Exception {
        String password = onboard("logistics");
        // the broker applies created ACLs through its metadata log: a listing right after may miss the newest
        DomainName logistics = DomainName.of("logistics");
        List<AclBinding> onboarded = new ArrayList<>(BrokerAccess.domain(logistics));
        onboarded.addAll(BrokerAccess.console(logistics));
        onboarded.addAll(BrokerAccess.lineageIntake(logistics));
        await().atMost(Duration.ofSeconds(10)).until(() -> acls().containsAll(onboarded));
        Set<AclBinding> acls = acls();
        Map<String, String> retention = retentions("logistics");

        String second = run(o -> o.add(DomainName.of("logistics")));

        assertThat(second).doesNotContain("created").doesNotContain("shown once");
        assertThat(second.lines().filter(l -> l.endsWith("already there")).count())
                .as("4 topics, the domain's, the console's and the catalog's intake ACLs")
                .isEqualTo(4
                        + BrokerAccess.domain(DomainName.of("logistics")).size()
                        + BrokerAccess.console(DomainName.of("logistics")).size()
                        + BrokerAccess.lineageIntake(DomainName.of("logistics")).size());
        assertThat(acls()).isEqualTo(acls);
        assertThat(retentions("logistics"))
                .isEqualTo(retention)
                .containsEntry("mesh.logistics.products", "-1")
                .containsEntry(
                        "mesh.logistics.quality",
                        Long.toString(Duration.ofDays(90).toMillis()))
                .containsEntry(
                        "mesh.logistics.openlineage",
                        Long.toString(Duration.ofDays(90).toMillis()));
        try (var producer = producer("logistics", password)) {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> producer.send(
                            new ProducerRecord<>("mesh.logistics.consumers", "p", "still my password"))
                    .get());
        }
    }

    @Test
    void removingADomainRevokesItsAccessAndKeepsItsDataUnlessAsked() throws Exception {
        String password = onboard("hr");
        try (var producer = producer("hr", password)) {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> producer.send(
                            new ProducerRecord<>("mesh.hr.products", "p", "kept"))
                    .get());
        }

        String removed = run(o -> o.remove(DomainName.of("hr"), false));

        assertThat(removed).contains("principal User:domain-hr: removed", "kept (--delete-data drops it)");
        assertThat(acls()).noneMatch(acl -> acl.entry().principal().equals("User:domain-hr"));
        assertThat(values(broker.admin(), "mesh.hr.products")).containsExactly("kept");

        run(o -> o.remove(DomainName.of("hr"), true));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(admin.listTopics().names().get()).noneMatch(t -> t.startsWith("mesh.hr.")));
    }

    @Test
    void theConsoleWritesOnlyTheCommandTopicsOfOnboardedDomainsUntilTheyAreRemoved() throws Exception {
        onboard("legal");
        try (var console = consoleProducer()) {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> console.send(
                            new ProducerRecord<>("mesh.legal.products", "p", "deprecated by a person"))
                    .get());
            console.send(new ProducerRecord<>("mesh.legal.consumers", "p", "registered by a person"))
                    .get();

            for (String notACommandTopic : List.of("mesh.legal.quality", Topics.ALERTS, "mesh.unknown.products")) {
                assertThatThrownBy(() -> console.send(new ProducerRecord<>(notACommandTopic, "p", "forged"))
                                .get())
                        .as(notACommandTopic)
                        .hasCauseInstanceOf(TopicAuthorizationException.class);
            }
        }

        run(o -> o.remove(DomainName.of("legal"), false));

        assertThat(acls()).noneMatch(acl -> acl.pattern().name().startsWith("mesh.legal."));
        try (var console = consoleProducer()) {
            assertThatThrownBy(() -> console.send(new ProducerRecord<>("mesh.legal.products", "p", "after"))
                            .get())
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void theListShowsEachDomainWithItsPrincipalAndGrants() throws Exception {
        onboard("risk");
        onboard("audit");
        onboarding().grantRead(DomainName.of("audit"), DomainName.of("risk"));

        String list = run(DomainOnboarding::list);

        assertThat(list)
                .contains("risk: topics 4/4, principal yes, 5 ACLs")
                .contains("audit: topics 4/4, principal yes, 7 ACLs, reads [mesh.risk.]");
    }

    private String onboard(String domain) throws Exception {
        String output = run(o -> o.add(DomainName.of(domain)));
        Matcher m = PASSWORD.matcher(output);
        return m.find() ? m.group(1) : null;
    }

    private interface Step {
        void on(DomainOnboarding onboarding) throws Exception;
    }

    private static String run(Step step) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            step.on(new DomainOnboarding(admin, 2, (short) 1, out));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static DomainOnboarding onboarding() {
        return new DomainOnboarding(admin, 2, (short) 1, new PrintStream(new ByteArrayOutputStream()));
    }

    /** A producer as the domain's principal, or as the admin when {@code password} is null. */
    private static KafkaProducer<String, String> producer(String domain, String password) {
        Map<String, Object> config = password == null
                ? new HashMap<>(broker.admin())
                : new HashMap<>(broker.scram(BrokerAccess.domainUser(DomainName.of(domain)), password));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** A producer as the console's principal (a fixed PLAIN user, like the services). */
    private static KafkaProducer<String, String> consoleProducer() {
        Map<String, Object> config = new HashMap<>(broker.plain(BrokerAccess.CONSOLE_USER));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** Every value of a topic from the beginning, read by assignment (no group) with the given credentials. */
    private static List<String> values(Map<String, Object> credentials, String topic) {
        Map<String, Object> config = new HashMap<>(credentials);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = List.of(new TopicPartition(topic, 0), new TopicPartition(topic, 1));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("could not read " + topic);
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) values.add(r.value());
            }
        }
        return values;
    }

    private static AccessGrantChanged grant(AccessGrantState state, Instant end, String topic) {
        return AccessGrantChanged.newBuilder()
                .setEventId(java.util.UUID.randomUUID().toString())
                .setOccurredAt(Instant.now())
                .setRequestId("hr-payroll-1")
                .setProductId("monthly-totals")
                .setVersion("1.0.0")
                .setOwnerDomain("payroll")
                .setReaderDomain("hr")
                .setConsumerId("hr-reporting")
                .setState(state)
                .setExpiresAt(end)
                .setResources(List.of(new AccessResource(AccessResourceKind.KAFKA_TOPIC, topic)))
                .build();
    }

    /** Writes a grant record to mesh.access.grants as catalog-service does (keyed by request, single-object). */
    private static void record(AccessGrantChanged grant) throws Exception {
        try (var writer = new KafkaProducer<>(broker.admin(), new StringSerializer(), new EventSerializer<>())) {
            writer.send(new ProducerRecord<>(Topics.ACCESS_GRANTS, "monthly-totals/1.0.0/hr-payroll-1", grant))
                    .get();
        }
    }

    private static String reconcile() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            AccessCommand.reconcileOnce(admin, broker.admin(), EventCodec.singleObject(), out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Set<AclBinding> acls() throws Exception {
        return new HashSet<>(admin.describeAcls(AclBindingFilter.ANY).values().get());
    }

    private static Map<String, String> retentions(String domain) throws Exception {
        Map<String, String> retention = new HashMap<>();
        for (String kind : List.of("products", "consumers", "quality", "openlineage")) {
            String topic = "mesh." + domain + "." + kind;
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            ConfigEntry entry = admin.describeConfigs(List.of(resource))
                    .all()
                    .get()
                    .get(resource)
                    .get("retention.ms");
            retention.put(topic, entry.value());
        }
        return retention;
    }
}
