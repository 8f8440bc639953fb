package io.meshgov.catalog.stream;

import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.alert.Answer;
import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.event.Source;
import io.meshgov.catalog.governance.SemanticVersionPolicy;
import io.meshgov.catalog.governance.Violation;
import io.meshgov.catalog.product.Deprecation;
import io.meshgov.catalog.product.Input;
import io.meshgov.catalog.product.Objective;
import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.catalog.product.Retirement;
import io.meshgov.catalog.product.VersionQuality;
import io.meshgov.catalog.product.VersionSpec;
import io.meshgov.catalog.run.Claim;
import io.meshgov.catalog.run.DatasetFacts;
import io.meshgov.catalog.run.DatasetState;
import io.meshgov.catalog.run.Observation;
import io.meshgov.catalog.run.ObservedRun;
import io.meshgov.catalog.run.RecentKeys;
import io.meshgov.kit.inbound.SourceCoordinates;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Object mother of the catalog's stored values, each as fully populated as the domain makes it: every optional part
 * present, lists of two, both kinds of input, a version deprecated and retired beside an active one. Literals only
 * (no shared fixtures), so that the golden files change only when the stored format does.
 */
final class StoredValues {

    static final String PRODUCT = "top-10-customers";
    static final String CONSUMER = "churn-dashboard";
    private static final Instant T0 = Instant.parse("2025-03-03T09:15:30.125Z");

    private StoredValues() {}

    /** 1.0 published, deprecated for 2.1 and retired; 2.1 active. */
    static Product product() {
        ProductVersion first = ProductVersion.published(spec("1.0"), T0, "0b6c5c5e-5d3f-3c8e-9a51-1f0e6a0c1001")
                .deprecated(new Deprecation(
                        "superseded by 2.1", T0.plusSeconds(86_400 * 30), "2.1.0", T0.plusSeconds(3_600)))
                .retired(new Retirement("sunset reached", T0.plusSeconds(86_400 * 31)));
        ProductVersion current =
                ProductVersion.published(spec("2.1"), T0.plusSeconds(1_800), "0b6c5c5e-5d3f-3c8e-9a51-1f0e6a0c1002");
        return Product.firstPublished("sales", first).with(current);
    }

    static Registration registration() {
        return new Registration(
                CONSUMER,
                "SYSTEM",
                "marketing",
                PRODUCT,
                "2.1.0",
                "weekly churn review",
                "marketing-data@acmeco.example",
                T0.plusSeconds(7_200));
    }

    /**
     * Opened, resolved, reopened (its second episode), answered (an acknowledgement), its sunset moved once, reminded
     * 14 days before, and resolved by migration to the replacement.
     */
    static Alert alert() {
        Instant opened = T0.plusSeconds(3_600);
        return Alert.opened(
                        PRODUCT,
                        "1.0.0",
                        CONSUMER,
                        "marketing",
                        "sales",
                        "marketing-data@acmeco.example",
                        T0.plusSeconds(86_400 * 30),
                        "2.1.0",
                        "1.0.0 is deprecated: superseded by 2.1",
                        opened)
                .resolve("deregistered", false, opened.plusSeconds(60))
                .reopen("registered again", T0.plusSeconds(86_400 * 30), "2.1.0", opened.plusSeconds(120))
                .answered(
                        new Answer(
                                Answer.ACKNOWLEDGED,
                                T0.plusSeconds(86_400 * 20),
                                null,
                                opened.plusSeconds(150),
                                "0b0e2a9e-5c1f-3a4e-9d1e-6f5a4b3c2d10"),
                        "churn-dashboard answered ACKNOWLEDGED")
                .sunsetMovedTo(
                        T0.plusSeconds(86_400 * 45), Duration.ofDays(7), null, "sunset moved", opened.plusSeconds(160))
                .reminded(14, "reminder", T0.plusSeconds(86_400 * 31))
                .resolve("migrated to 2.1.0", true, opened.plusSeconds(180));
    }

    /** A dataset bound to 2.1.0, with one run it accepted and one run of it from before the binding, still held. */
    static DatasetState datasetState() {
        Instant at = Instant.parse("2025-03-04T02:00:00.250Z");
        Claim binding = new Claim(
                PRODUCT,
                "2.1.0",
                "sales",
                "0b6c5c5e-5d3f-3c8e-9a51-1f0e6a0c1002",
                "mesh.sales.products",
                1,
                7,
                at,
                "postgres://warehouse:5432",
                "sales.top_10_customers_v2_1");
        ObservedRun run = new ObservedRun(
                "0190f1b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b",
                true,
                at,
                "airflow://sales",
                "top_10_customers.build",
                List.of(new DatasetFacts("postgres://warehouse:5432", "finance.invoices", null, Map.of(), List.of())),
                List.of());
        DatasetFacts output = new DatasetFacts(
                "postgres://warehouse:5432",
                "sales.top_10_customers_v2_1",
                10L,
                Map.of("customer_id", 0L),
                List.of(new DatasetFacts.Assertion("not_null", "customer_id", true)));
        Observation held = new Observation(run, output, true, "sales", "mesh.sales.openlineage", 2, 40);
        return new DatasetState(
                binding, RecentKeys.with(RecentKeys.NONE, run.eventKey() + "\u0000true"), List.of(held));
    }

    static Violation violation() {
        Source source = new Source(
                "sales",
                "mesh.sales.products",
                3,
                1_234L,
                "0b6c5c5e-5d3f-3c8e-9a51-1f0e6a0c1003",
                "DataProductVersionPublished",
                T0.plusSeconds(900));
        return Violation.of(new SemanticVersionPolicy(), "version 'two' is not a semantic version", source, PRODUCT);
    }

    /** Two KPIs, given out of order (the store keeps them sorted). */
    static VersionQuality quality() {
        return VersionQuality.unknown(PRODUCT, "2.1.0")
                .with(
                        "freshness_minutes",
                        "FAILING",
                        "00000000-0000-4000-8000-0000000000f1",
                        java.time.Instant.parse("2026-02-01T06:00:00Z"))
                .with(
                        "completeness",
                        "PASSING",
                        "00000000-0000-4000-8000-0000000000f2",
                        java.time.Instant.parse("2026-02-01T07:00:00Z"));
    }

    /** A registration to a version not published yet; its Avro bytes are opaque to the store. */
    static HeldEvent held() {
        return new HeldEvent(
                PRODUCT,
                "3.0.0",
                "ConsumerRegistered",
                "0b6c5c5e-5d3f-3c8e-9a51-1f0e6a0c1004",
                "marketing",
                new SourceCoordinates("mesh.marketing.consumers", 2, 5_678L),
                T0.plusSeconds(10_800).toEpochMilli(),
                new byte[] {(byte) 0xC3, 0x01, 0x5A, 0x3C, 0x00, (byte) 0xFF});
    }

    private static VersionSpec spec(String version) {
        return new VersionSpec(
                PRODUCT,
                version,
                "Top 10 customers",
                "The ten customers with the highest paid revenue over the last 90 days",
                "sales-analytics",
                "https://git.acmeco.example/sales/top-10-customers",
                "833c21f",
                "https://data.acmeco.example/top-10-customers/v" + version,
                List.of(Input.product("paid-invoices", "1.4"), Input.source("postgres://crm.acmeco.example/customers")),
                "{\"type\":\"record\",\"name\":\"TopCustomer\",\"fields\":[{\"name\":\"customerId\",\"type\":\"string\"}]}",
                List.of(new Objective("completeness", ">=", 0.99), new Objective("freshness_minutes", "<=", 60.0)),
                List.of("customers", "revenue"),
                "CONFIDENTIAL",
                List.of(new VersionSpec.Dataset(
                        "postgres://warehouse.acmeco.example:5432",
                        "sales.top_10_customers_v" + version.replace('.', '_'))));
    }
}
