package io.meshgov.cli;

import static io.meshgov.events.ObjectiveComparator.AT_LEAST;
import static io.meshgov.events.ObjectiveComparator.AT_MOST;

import io.meshgov.events.Classification;
import io.meshgov.events.ConsumerKind;
import io.meshgov.events.DataProductVersionPublished;
import io.meshgov.mesh.DomainName;
import io.meshgov.pipeline.MeshPublisher;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.pipeline.PublishedBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;

/**
 * The demo, published through the same path pipelines use: four domains and a dozen products feeding each other;
 * the seed's "Top 10 customers" 2.1 with a dashboard and an analyst as consumers; two days of quality measurements;
 * 3.0 with the net-30 definition; 2.1 deprecated with a sunset and 3.0 as replacement; the dashboard migrating; and
 * a few events that break governance rules. Times are relative to now; published versions repeat as no-ops if
 * the demo runs again.
 */
public final class DemoScenario {

    static final String DEFINITION_2_1 = "The 10 customers with the highest sum of paid invoices from purchases made"
            + " from January 1 to December 31 not including distributors or any government contracts.";
    static final String DEFINITION_3_0 = "The 10 customers with the highest sum of invoices for purchases made from"
            + " January 1 to December 31 and paid prior to January 31 of the following year (net 30), not including"
            + " distributors or any government contracts.";

    private final String bootstrap;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
    private final Map<String, MeshPublisher> publishers = new HashMap<>();
    private int published;

    public DemoScenario(String bootstrap) {
        this.bootstrap = bootstrap;
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
        System.out.println("demo: " + published + " events published");
    }

    private void products(Instant t) throws Exception {
        send("finance", product("invoices", "1.0", t, "finance-data").inputSource("jdbc:postgresql://erp/invoices"));
        send(
                "finance",
                product("paid-invoices", "1.4", t.plusSeconds(60), "finance-data")
                        .inputProduct("invoices", "1.0")
                        .objective("completeness", AT_LEAST, 0.99));
        send(
                "finance",
                product("revenue-daily", "1.0", t.plusSeconds(120), "finance-data")
                        .inputProduct("paid-invoices", null));
        send(
                "finance",
                product("revenue-monthly", "1.0", t.plusSeconds(180), "finance-data")
                        .inputProduct("revenue-daily", "1.0"));
        send(
                "customer",
                product("customers", "1.0", t.plusSeconds(240), "customer-360")
                        .inputSource("crm://accounts")
                        .outputSchema(CUSTOMER_V1));
        send(
                "customer",
                product("customer-segments", "1.0", t.plusSeconds(300), "customer-360")
                        .inputProduct("customers", "1.0"));
        send(
                "customer",
                product("customer-value", "1.0", t.plusSeconds(360), "customer-360")
                        .inputProduct("customers", "1.0")
                        .inputProduct("paid-invoices", "1.4"));
        send("sales", top10("2.1", DEFINITION_2_1, "833c21", t.plusSeconds(420)));
        send(
                "sales",
                product("key-accounts", "1.0", t.plusSeconds(480), "sales-analytics")
                        .inputProduct("customer-segments", "1.0")
                        .inputProduct("customer-value", "1.0"));
        send(
                "sales",
                product("sales-pipeline", "1.0", t.plusSeconds(540), "sales-analytics")
                        .inputSource("crm://opportunities"));
        send(
                "marketing",
                product("churn-scores", "1.0", t.plusSeconds(600), "growth").inputProduct("customer-segments", "1.0"));
        send(
                "marketing",
                product("campaign-targets", "1.0", t.plusSeconds(660), "growth")
                        .inputProduct("churn-scores", "1.0")
                        .inputProduct("top-10-customers", null));
    }

    private void consumers(Instant t) throws Exception {
        send(
                "marketing",
                consumer(
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
                consumer(
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
                consumer(
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
                consumer(
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
            Instant at = now.minus(Duration.ofHours(hour));
            double dip = hour % 11 == 0 ? 0.012 : 0.0;
            send(
                    "sales",
                    PipelineEvents.measured("top-10-customers", "2.1", "completeness", 0.962 + dip)
                            .eventId(id("m21", hour))
                            .measuredAt(at)
                            .occurredAt(at)
                            .runId("run-" + hour)
                            .unit("ratio")
                            .build());
            send(
                    "sales",
                    PipelineEvents.measured("top-10-customers", "2.1", "freshness_minutes", 40 + hour % 7)
                            .eventId(id("f21", hour))
                            .measuredAt(at)
                            .occurredAt(at)
                            .runId("run-" + hour)
                            .unit("minutes")
                            .build());
            if (hour <= 24) {
                send(
                        "sales",
                        PipelineEvents.measured("top-10-customers", "3.0", "completeness", 0.996 - dip / 4)
                                .eventId(id("m30", hour))
                                .measuredAt(at)
                                .occurredAt(at)
                                .runId("run-" + hour)
                                .unit("ratio")
                                .build());
                send(
                        "sales",
                        PipelineEvents.measured("top-10-customers", "3.0", "freshness_minutes", 35 + hour % 5)
                                .eventId(id("f30", hour))
                                .measuredAt(at)
                                .occurredAt(at)
                                .runId("run-" + hour)
                                .unit("minutes")
                                .build());
            }
            send(
                    "finance",
                    PipelineEvents.measured("paid-invoices", "1.4", "completeness", 0.999)
                            .eventId(id("pi", hour))
                            .measuredAt(at)
                            .occurredAt(at)
                            .runId("run-" + hour)
                            .build());
        }
    }

    /** 3.0 corrects 2.1; 2.1 is deprecated (sunset in 5 days: its alerts escalate); the dashboard migrates. */
    private void top10Corrected(Instant t) throws Exception {
        send("sales", top10("3.0", DEFINITION_3_0, "9f4e2ab7", t.plus(Duration.ofDays(5))));
        send(
                "sales",
                PipelineEvents.lifecycle("top-10-customers", "2.1")
                        .eventId(id("deprecate", 21))
                        .occurredAt(now.minus(Duration.ofDays(40)))
                        .reason("2.1 ignores invoices paid under net-30 terms; 3.0 corrects it")
                        .sunsetAt(now.plus(Duration.ofDays(5)))
                        .replacedBy("3.0")
                        .deprecated());
        send(
                "marketing",
                consumer(
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
                consumer(
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
                consumer(
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
        send("marketing", top10("3.1", DEFINITION_3_0, "a1b2c3d4", now.minus(Duration.ofDays(3))));
        // immutable-version: 2.1 again, with another commit
        send("sales", top10("2.1", DEFINITION_2_1, "deadbeef", now.minus(Duration.ofDays(3))));
        // required-metadata: a commit that is not hex
        send(
                "finance",
                product("revenue-daily", "1.1", now.minus(Duration.ofDays(3)), "finance-data")
                        .code("https://git.acmeco.internal/finance/revenue-daily", "HEAD~1")
                        .inputProduct("paid-invoices", null));
        // breaking-change: a minor version that changes a field's type
        send(
                "customer",
                product("customers", "1.1", now.minus(Duration.ofDays(2)), "customer-360")
                        .inputSource("crm://accounts")
                        .outputSchema(CUSTOMER_V1.replace("\"type\":\"double\"", "\"type\":\"string\"")));
        // lifecycle: three days' notice where 30 are required
        send(
                "sales",
                PipelineEvents.lifecycle("sales-pipeline", "1.0")
                        .eventId(id("deprecate-short", 1))
                        .occurredAt(now.minus(Duration.ofDays(1)))
                        .reason("replaced by CRM reports")
                        .sunsetAt(now.plus(Duration.ofDays(2)))
                        .deprecated());
        // lifecycle: registering to a version that does not exist
        send(
                "marketing",
                consumer(
                                "ad-platform",
                                "churn-scores",
                                "2.0",
                                ConsumerKind.SYSTEM,
                                now.minus(Duration.ofDays(1)),
                                "audience sync",
                                "adtech@acmeco.example")
                        .registered());
    }

    private static final String CUSTOMER_V1 = "{\"type\":\"record\",\"name\":\"Customer\",\"fields\":["
            + "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"lifetimeValue\",\"type\":\"double\"}]}";

    private PublishedBuilder top10(String version, String definition, String commit, Instant at) {
        return product("top-10-customers", version, at, "sales-analytics")
                .name("Top 10 customers")
                .definition(definition)
                .code("https://git.acmeco.internal/sales/top-10-customers", commit)
                .endpoint("http://acmeco.internal/data-products/top-10-customers/v" + version)
                .inputProduct("paid-invoices", "1.4")
                .inputProduct("customers", "1.0")
                .objective("completeness", AT_LEAST, 0.99)
                .objective("freshness_minutes", AT_MOST, 60)
                .tag("customers")
                .classification(Classification.CONFIDENTIAL);
    }

    private PublishedBuilder product(String productId, String version, Instant at, String owner) {
        String name = Character.toUpperCase(productId.charAt(0))
                + productId.substring(1).replace('-', ' ');
        return PipelineEvents.published(productId, version)
                .eventId(id(productId + "@" + version + "@" + at, 0))
                .occurredAt(at)
                .name(name)
                .definition(name + ", refreshed daily from its inputs.")
                .owner(owner)
                .code("https://git.acmeco.internal/" + owner + "/" + productId, "0a1b2c3d")
                .endpoint("http://acmeco.internal/data-products/" + productId + "/v" + version)
                .classification(Classification.INTERNAL);
    }

    private io.meshgov.pipeline.ConsumerBuilder consumer(
            String consumerId,
            String productId,
            String version,
            ConsumerKind kind,
            Instant at,
            String purpose,
            String contact) {
        return PipelineEvents.consumer(consumerId, productId, version)
                .eventId(id(consumerId + productId + version + purpose, 0))
                .occurredAt(at)
                .kind(kind)
                .purpose(purpose)
                .contact(contact);
    }

    private void send(String domain, PublishedBuilder builder) throws Exception {
        DataProductVersionPublished event = builder.build();
        send(domain, event);
    }

    private void send(String domain, SpecificRecord event) throws Exception {
        MeshPublisher publisher = publishers.computeIfAbsent(
                domain, d -> MeshPublisher.create(DomainName.of(d), Map.of("bootstrap.servers", bootstrap)));
        publisher.publish(event).get(30, TimeUnit.SECONDS);
        published++;
    }

    private String id(String what, int n) {
        return java.util
                .UUID
                .nameUUIDFromBytes((what + "|" + n + "|" + now).getBytes())
                .toString();
    }
}
