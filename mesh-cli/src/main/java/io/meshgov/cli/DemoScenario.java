package io.meshgov.cli;

import static io.meshgov.events.ObjectiveComparator.AT_LEAST;

import io.meshgov.events.ConsumerKind;
import io.meshgov.events.DataProductVersionPublished;
import io.meshgov.mesh.DomainName;
import io.meshgov.pipeline.MeshPublisher;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.pipeline.PublishedBuilder;
import io.meshgov.wire.EventSerializer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The demo, published through the same path pipelines use: four domains and a dozen products feeding each other;
 * the seed's "Top 10 customers" 2.1 with a dashboard and an analyst as consumers; two days of quality measurements;
 * 3.0 with the net-30 definition; 2.1 deprecated with a sunset and 3.0 as replacement; the dashboard migrating; a
 * few events that break governance rules; and six hours of OpenLineage runs of both versions ({@link DemoRuns}). Times are relative to now; published versions repeat as no-ops if
 * the demo runs again.
 */
public final class DemoScenario {

    private final String bootstrap;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
    private final DemoEvents events = new DemoEvents(now);
    private final Map<String, MeshPublisher> publishers = new HashMap<>();
    private int published;

    private final Supplier<Serializer<SpecificRecord>> values;

    public DemoScenario(String bootstrap) {
        this(bootstrap, EventSerializer::new);
    }

    /** The demo written by another serializer (a Confluent-framing one, say): one instance per domain's publisher. */
    public DemoScenario(String bootstrap, Supplier<Serializer<SpecificRecord>> values) {
        this.bootstrap = bootstrap;
        this.values = values;
    }

    public void publish() throws Exception {
        TopicSetup.create(bootstrap, 4, List.of("sales", "finance", "marketing", "customer"));
        Instant t = now.minus(Duration.ofDays(60));
        products(t);
        consumers(t.plus(Duration.ofDays(1)));
        measurements();
        top10Corrected(t);
        violations();
        publishers.values().forEach(MeshPublisher::close);
        int runs = new DemoRuns(now).publish(bootstrap);
        System.out.println("demo: " + published + " events and " + runs + " OpenLineage runs published");
    }

    private void products(Instant t) throws Exception {
        send(
                "finance",
                events.product("invoices", "1.0", t, "finance-data").inputSource("jdbc:postgresql://erp/invoices"));
        send(
                "finance",
                events.product("paid-invoices", "1.4", t.plusSeconds(60), "finance-data")
                        .inputProduct("invoices", "1.0")
                        .objective("completeness", AT_LEAST, 0.99)
                        .dataset(DemoRuns.WAREHOUSE, DemoRuns.table("finance", "paid-invoices", "1.4")));
        send(
                "finance",
                events.product("revenue-daily", "1.0", t.plusSeconds(120), "finance-data")
                        .inputProduct("paid-invoices", null));
        send(
                "finance",
                events.product("revenue-monthly", "1.0", t.plusSeconds(180), "finance-data")
                        .inputProduct("revenue-daily", "1.0"));
        send(
                "customer",
                events.product("customers", "1.0", t.plusSeconds(240), "customer-360")
                        .inputSource("crm://accounts")
                        .outputSchema(DemoEvents.CUSTOMER_V1)
                        .dataset(DemoRuns.WAREHOUSE, DemoRuns.table("customer", "customers", "1.0")));
        send(
                "customer",
                events.product("customer-segments", "1.0", t.plusSeconds(300), "customer-360")
                        .inputProduct("customers", "1.0"));
        send(
                "customer",
                events.product("customer-value", "1.0", t.plusSeconds(360), "customer-360")
                        .inputProduct("customers", "1.0")
                        .inputProduct("paid-invoices", "1.4"));
        send("sales", events.top10("2.1", DemoEvents.DEFINITION_2_1, "833c21", t.plusSeconds(420)));
        send(
                "sales",
                events.product("key-accounts", "1.0", t.plusSeconds(480), "sales-analytics")
                        .inputProduct("customer-segments", "1.0")
                        .inputProduct("customer-value", "1.0"));
        send(
                "sales",
                events.product("sales-pipeline", "1.0", t.plusSeconds(540), "sales-analytics")
                        .inputSource("crm://opportunities"));
        send(
                "marketing",
                events.product("churn-scores", "1.0", t.plusSeconds(600), "growth")
                        .inputProduct("customer-segments", "1.0"));
        send(
                "marketing",
                events.product("campaign-targets", "1.0", t.plusSeconds(660), "growth")
                        .inputProduct("churn-scores", "1.0")
                        .inputProduct("top-10-customers", null));
    }

    private void consumers(Instant t) throws Exception {
        send(
                "marketing",
                events.consumer(
                                "sales-dashboard",
                                "top-10-customers",
                                "2.1",
                                ConsumerKind.SYSTEM,
                                t,
                                "quarterly key-account dashboard",
                                "bi-team@acmeco.example")
                        .registered());
        send(
                "finance",
                events.consumer(
                                "jane.analyst",
                                "top-10-customers",
                                "2.1",
                                ConsumerKind.HUMAN,
                                t,
                                "credit-risk review of key accounts",
                                "jane.analyst@acmeco.example")
                        .registered());
        send(
                "finance",
                events.consumer(
                                "cfo-report",
                                "revenue-monthly",
                                "1.0",
                                ConsumerKind.SYSTEM,
                                t,
                                "monthly board pack",
                                "cfo-office@acmeco.example")
                        .registered());
        send(
                "sales",
                events.consumer(
                                "account-managers",
                                "key-accounts",
                                "1.0",
                                ConsumerKind.HUMAN,
                                t,
                                "account planning",
                                "sales-ops@acmeco.example")
                        .registered());
    }

    /** Two days of hourly runs: 2.1 misses invoices paid under net-30 terms, 3.0 does not. */
    private void measurements() throws Exception {
        for (int hour = 48; hour >= 1; hour--) {
            double dip = hour % 11 == 0 ? 0.012 : 0.0;
            measure("sales", "top-10-customers", "2.1", "completeness", 0.962 + dip, "ratio", hour);
            measure("sales", "top-10-customers", "2.1", "freshness_minutes", 40 + hour % 7, "minutes", hour);
            if (hour <= 24) {
                measure("sales", "top-10-customers", "3.0", "completeness", 0.996 - dip / 4, "ratio", hour);
                measure("sales", "top-10-customers", "3.0", "freshness_minutes", 35 + hour % 5, "minutes", hour);
            }
            measure("finance", "paid-invoices", "1.4", "completeness", 0.999, "ratio", hour);
        }
    }

    /** One pipeline run's value of a KPI, {@code hoursAgo} hours before now. */
    private void measure(
            String domain, String productId, String version, String kpi, double value, String unit, int hoursAgo)
            throws Exception {
        Instant at = now.minus(Duration.ofHours(hoursAgo));
        send(
                domain,
                PipelineEvents.measured(productId, version, kpi, value)
                        .eventId(events.id(productId + "@" + version + "/" + kpi, hoursAgo))
                        .measuredAt(at)
                        .occurredAt(at)
                        .runId("run-" + hoursAgo)
                        .unit(unit)
                        .build());
    }

    /** 3.0 corrects 2.1; 2.1 is deprecated (sunset in 5 days: its alerts escalate); the dashboard migrates. */
    private void top10Corrected(Instant t) throws Exception {
        send("sales", events.top10("3.0", DemoEvents.DEFINITION_3_0, "9f4e2ab7", t.plus(Duration.ofDays(5))));
        send(
                "sales",
                PipelineEvents.lifecycle("top-10-customers", "2.1")
                        .eventId(events.id("deprecate", 21))
                        .occurredAt(now.minus(Duration.ofDays(40)))
                        .reason("2.1 ignores invoices paid under net-30 terms; 3.0 corrects it")
                        .sunsetAt(now.plus(Duration.ofDays(5)))
                        .replacedBy("3.0")
                        .deprecated());
        send(
                "marketing",
                events.consumer(
                                "sales-dashboard",
                                "top-10-customers",
                                "3.0",
                                ConsumerKind.SYSTEM,
                                now.minus(Duration.ofDays(2)),
                                "quarterly key-account dashboard",
                                "bi-team@acmeco.example")
                        .registered());
        send(
                "marketing",
                events.consumer(
                                "sales-dashboard",
                                "top-10-customers",
                                "2.1",
                                ConsumerKind.SYSTEM,
                                now.minus(Duration.ofDays(2)).plusSeconds(60),
                                "migrated to 3.0",
                                "bi-team@acmeco.example")
                        .deregistered());
        send(
                "finance",
                events.consumer(
                                "cfo-office",
                                "top-10-customers",
                                "3.0",
                                ConsumerKind.HUMAN,
                                now.minus(Duration.ofDays(1)),
                                "board reporting",
                                "cfo-office@acmeco.example")
                        .registered());
    }

    /** Events that break governance rules, so the violations screen has something to show. */
    private void violations() throws Exception {
        // ownership: marketing may not publish sales' product
        send("marketing", events.top10("3.1", DemoEvents.DEFINITION_3_0, "a1b2c3d4", now.minus(Duration.ofDays(3))));
        // immutable-version: 2.1 again, with another commit
        send("sales", events.top10("2.1", DemoEvents.DEFINITION_2_1, "deadbeef", now.minus(Duration.ofDays(3))));
        // required-metadata: a commit that is not hex
        send(
                "finance",
                events.product("revenue-daily", "1.1", now.minus(Duration.ofDays(3)), "finance-data")
                        .code("https://git.acmeco.internal/finance/revenue-daily", "HEAD~1")
                        .inputProduct("paid-invoices", null));
        // breaking-change: a minor version that changes a field's type
        send(
                "customer",
                events.product("customers", "1.1", now.minus(Duration.ofDays(2)), "customer-360")
                        .inputSource("crm://accounts")
                        .outputSchema(DemoEvents.CUSTOMER_V1.replace("\"type\":\"double\"", "\"type\":\"string\"")));
        // lifecycle: three days' notice where 30 are required
        send(
                "sales",
                PipelineEvents.lifecycle("sales-pipeline", "1.0")
                        .eventId(events.id("deprecate-short", 1))
                        .occurredAt(now.minus(Duration.ofDays(1)))
                        .reason("replaced by CRM reports")
                        .sunsetAt(now.plus(Duration.ofDays(2)))
                        .deprecated());
        // lifecycle: registering to a version that does not exist
        send(
                "marketing",
                events.consumer(
                                "ad-platform",
                                "churn-scores",
                                "2.0",
                                ConsumerKind.SYSTEM,
                                now.minus(Duration.ofDays(1)),
                                "audience sync",
                                "adtech@acmeco.example")
                        .registered());
    }

    private void send(String domain, PublishedBuilder builder) throws Exception {
        DataProductVersionPublished event = builder.build();
        send(domain, event);
    }

    private void send(String domain, SpecificRecord event) throws Exception {
        MeshPublisher publisher = publishers.computeIfAbsent(
                domain,
                d -> MeshPublisher.create(DomainName.of(d), Map.of("bootstrap.servers", bootstrap), values.get()));
        publisher.publish(event).get(30, TimeUnit.SECONDS);
        published++;
    }
}
