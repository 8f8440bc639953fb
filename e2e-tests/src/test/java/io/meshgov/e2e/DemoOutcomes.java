package io.meshgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.events.AlertNotice;
import io.meshgov.events.DeprecatedVersionConsumerAlert;
import io.meshgov.events.QualityBreachConsumerAlert;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.TopicReader;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.EventSerdes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import tools.jackson.databind.JsonNode;

/** What a dashboard must see after the demo, through the three services' APIs and the alert topic. */
final class DemoOutcomes {

    private DemoOutcomes() {}

    static void verify(Api catalog, Api lineage, Api quality, String bootstrap, Duration patience) {
        verify(
                catalog,
                lineage,
                quality,
                bootstrap,
                patience,
                EventSerdes.alerts().deserializer());
    }

    /** {@link #verify}, reading the alert topic with {@code alerts} (a Confluent-framing deserializer, say). */
    static void verify(
            Api catalog,
            Api lineage,
            Api quality,
            String bootstrap,
            Duration patience,
            Deserializer<DeprecatedVersionConsumerAlert> alerts) {
        await().atMost(patience).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode top10 = catalog.ok("/api/products/top-10-customers");
            assertThat(top10.get("versions").valueStream().map(DemoOutcomes::describeVersion))
                    .containsExactly("2.1.0 DEPRECATED FAILING", "3.0.0 ACTIVE PASSING");
            assertThat(catalog.ok("/api/products?size=100").get("totalItems").asInt())
                    .isEqualTo(12);
            assertThat(states(catalog.ok("/api/alerts?size=100")))
                    .containsExactlyInAnyOrder("jane.analyst ESCALATED", "sales-dashboard RESOLVED");
            assertThat(catalog.ok("/api/violations?size=100").get("items").findValuesAsString("ruleId"))
                    .contains("ownership", "immutable-version", "required-metadata", "breaking-change", "lifecycle");
            JsonNode impact = lineage.ok("/api/lineage/products/top-10-customers/versions/2.1/impact");
            assertThat(impact.get("impacted").findValues("node").stream()
                            .map(n -> n.get("id").asString())
                            .sorted())
                    .containsExactly("consumer:jane.analyst", "version:campaign-targets@1.0.0");
            JsonNode compare = quality.ok("/api/quality/products/top-10-customers/compare?versions=2.1,3.0");
            assertThat(compare.at("/kpis/completeness/2.1.0/status").asString()).isEqualTo("FAILING");
            assertThat(compare.at("/kpis/completeness/3.0.0/status").asString()).isEqualTo("PASSING");
            // the OpenLineage runs: bound to their versions by the tables they wrote and checked
            assertThat(compare.at("/kpis/assertion.net30_invoices_included/2.1.0/status")
                            .asString())
                    .isEqualTo("FAILING");
            assertThat(compare.at("/kpis/assertion.net30_invoices_included/3.0.0/status")
                            .asString())
                    .isEqualTo("PASSING");
            JsonNode runs = lineage.ok("/api/lineage/products/top-10-customers/versions/2.1/runs");
            assertThat(runs.get("jobName").asString()).isEqualTo("top_10_customers_v2_1.build");
            assertThat(runs.get("inputs")
                            .valueStream()
                            .map(i -> i.get("name").asString()
                                    + (i.get("declared").asBoolean() ? "" : " (undeclared)")))
                    .containsExactly(
                            "customer.customers_v1_0",
                            "finance.paid_invoices_v1_4",
                            "sales.discounts_manual (undeclared)");
            assertThat(runs.get("declaredNotRead").size()).isZero();
            // what the runs read is lineage too: the hand-kept table impacts 2.1 and whoever reads it, and is a finding
            JsonNode discounts = lineage.ok("/api/lineage/sources/impact?uri="
                    + URLEncoder.encode(
                            "postgres://warehouse.acmeco.internal:5432/sales.discounts_manual",
                            StandardCharsets.UTF_8));
            assertThat(discounts.get("impacted").findValues("node").stream()
                            .map(n -> n.get("id").asString()))
                    .contains("version:top-10-customers@2.1.0", "consumer:jane.analyst");
            assertThat(lineage.ok("/api/lineage/drift")
                            .get("items")
                            .valueStream()
                            .map(d -> d.get("productId").asString() + " "
                                    + d.get("version").asString() + " "
                                    + d.get("undeclared").findValuesAsString("name") + " "
                                    + d.get("declaredNotRead").size()))
                    .containsExactly("top-10-customers 2.1.0 [sales.discounts_manual] 0");
            assertThat(catalog.ok("/api/violations?rule=ownership&domain=marketing&size=100")
                            .get("items")
                            .findValuesAsString("sourceTopic"))
                    .contains("mesh.marketing.products", "mesh.marketing.openlineage");
        });
        List<String> announced = TopicReader.readAll(bootstrap, Topics.ALERTS, alerts, Duration.ofSeconds(3)).stream()
                .map(r -> describe(r.value()))
                .toList();
        // the dashboard's alert may also have escalated and been reminded, correctly, if a check ran between the
        // deprecation and the dashboard's migration reaching the catalog (checks run every second here); the analyst,
        // silent with the sunset 5 days away, is reminded at the 14-day point (the 3-day one is still to come)
        List<String> required = new ArrayList<>(announced);
        required.remove("sales-dashboard ESCALATED");
        required.remove("sales-dashboard ESCALATED REMINDER 14");
        assertThat(required)
                .containsExactlyInAnyOrder(
                        "jane.analyst OPEN",
                        "jane.analyst ESCALATED",
                        "jane.analyst ESCALATED REMINDER 14",
                        "sales-dashboard OPEN",
                        "sales-dashboard RESOLVED");
    }

    /**
     * 2.1's KPIs fail in the demo: its consumer jane.analyst is told once per KPI on the quality alert topic, and her
     * page shows the breaches; nobody else is told about 2.1 but the dashboard, which left 2.1 (told and resolved, or
     * never told, as the catalog read its departure before or after the breach).
     */
    static void verifyQualityAlerts(Api catalog, String bootstrap, Duration patience) {
        await().atMost(patience).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(
                        catalog.ok("/api/consumers/jane.analyst")
                                .get("consumes")
                                .get(0)
                                .get("qualityBreaches")
                                .findValuesAsString("kpi"))
                .containsExactly("assertion.net30_invoices_included", "completeness"));
        List<QualityBreachConsumerAlert> told = TopicReader.readAll(
                        bootstrap,
                        Topics.QUALITY_ALERTS,
                        EventSerdes.qualityAlerts().deserializer(),
                        Duration.ofSeconds(3))
                .stream()
                .map(r -> r.value())
                .filter(a -> a.getVersion().equals("2.1.0"))
                .toList();
        assertThat(told)
                .filteredOn(a -> a.getConsumerId().equals("jane.analyst"))
                .extracting(a -> a.getKpi() + " " + a.getState() + " " + a.getStatus())
                .containsExactlyInAnyOrder(
                        "completeness OPEN FAILING", "assertion.net30_invoices_included OPEN FAILING");
        assertThat(told)
                .extracting(QualityBreachConsumerAlert::getConsumerId)
                .allMatch(consumer -> consumer.equals("jane.analyst") || consumer.equals("sales-dashboard"));
        assertThat(told.stream().filter(a -> a.getConsumerId().equals("sales-dashboard")))
                .extracting(a -> a.getState().toString())
                .as("the dashboard's alerts about 2.1, each opened and resolved")
                .containsOnly("OPEN", "RESOLVED")
                .satisfies(states -> assertThat(
                                states.stream().filter("OPEN"::equals).count())
                        .isEqualTo(states.stream().filter("RESOLVED"::equals).count()));
    }

    private static List<String> states(JsonNode alerts) {
        return alerts.get("items")
                .valueStream()
                .map(a -> a.get("consumerId").asString() + " " + a.get("state").asString())
                .toList();
    }

    private static String describeVersion(JsonNode version) {
        return version.get("version").asString() + " " + version.get("status").asString() + " "
                + version.get("qualityStatus").asString();
    }

    private static String describe(DeprecatedVersionConsumerAlert alert) {
        return alert.getConsumerId() + " " + alert.getState()
                + (alert.getNotice() == AlertNotice.STATE_CHANGED
                        ? ""
                        : " " + alert.getNotice() + " " + alert.getReminderDaysBefore());
    }
}
