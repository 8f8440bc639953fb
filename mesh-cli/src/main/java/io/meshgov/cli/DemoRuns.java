package io.meshgov.cli;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The demo's OpenLineage runs, written as OpenLineage's own Kafka transport writes them (JSON, key
 * {@code run:<namespace>/<job>}): six hours of the "Top 10 customers" builds of 2.1 and 3.0 from paid invoices and
 * customers (2.1's also from a hand-kept discounts table it does not declare: drift the lineage API shows), with
 * their row and null counts; a check of each version whose net-30 assertion fails on 2.1; and a
 * marketing job writing 2.1's table, which the catalog refuses. Run ids derive from the job and the hour, so running
 * the demo again in the same hour repeats the same events (no-ops).
 */
final class DemoRuns {

    static final String WAREHOUSE = "postgres://warehouse.acmeco.internal:5432";

    private final Instant now;

    DemoRuns(Instant now) {
        this.now = now;
    }

    /** The table a version of a product is served as. */
    static String table(String domain, String productId, String version) {
        return domain + "." + productId.replace('-', '_') + "_v" + version.replace('.', '_');
    }

    int publish(String bootstrap) throws Exception {
        Map<String, Object> settings = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        int sent = 0;
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            for (Run run : runs()) {
                String key = "run:" + run.namespace() + "/" + run.job();
                producer.send(new ProducerRecord<>("mesh." + run.domain() + ".openlineage", key, run.json()))
                        .get(30, TimeUnit.SECONDS);
                sent++;
            }
        }
        return sent;
    }

    private record Run(String domain, String namespace, String job, String json) {}

    private List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        for (int hour = 6; hour >= 1; hour--) {
            Instant at = now.minus(Duration.ofHours(hour));
            for (String version : List.of("2.1", "3.0")) {
                String job = "top_10_customers_v" + version.replace('.', '_');
                String output = table("sales", "top-10-customers", version);
                long rows = 10;
                int nullRevenue = version.equals("2.1") ? 1 : 0;
                runs.add(new Run(
                        "sales",
                        "airflow://sales",
                        job + ".build",
                        event(
                                "airflow://sales",
                                job + ".build",
                                at,
                                hour,
                                "[" + dataset(table("finance", "paid-invoices", "1.4"), "") + ", "
                                        + dataset(table("customer", "customers", "1.0"), "")
                                        + (version.equals("2.1") ? ", " + dataset("sales.discounts_manual", "") : "")
                                        + "]",
                                "["
                                        + dataset(
                                                output,
                                                ", \"facets\": {\"dataQualityMetrics\": {\"rowCount\": " + rows
                                                        + ", \"columnMetrics\": {\"customer_id\": {\"nullCount\": 0}, \"revenue\": "
                                                        + "{\"nullCount\": " + nullRevenue + "}}}}")
                                        + "]")));
                boolean net30 = version.equals("3.0");
                runs.add(new Run(
                        "sales",
                        "great_expectations://sales",
                        job + ".checks",
                        event(
                                "great_expectations://sales",
                                job + ".checks",
                                at.plusSeconds(600),
                                hour,
                                "["
                                        + dataset(
                                                output,
                                                ", \"inputFacets\": {\"dataQualityAssertions\": {\"assertions\": ["
                                                        + "{\"assertion\": \"net30_invoices_included\", \"success\": "
                                                        + net30 + "},"
                                                        + " {\"assertion\": \"not_null\", \"column\": \"customer_id\", \"success\": true}]}}")
                                        + "]",
                                "[]")));
            }
        }
        // a marketing job writing sales' table: an ownership violation
        runs.add(new Run(
                "marketing",
                "airflow://marketing",
                "campaign_targets.enrich",
                event(
                        "airflow://marketing",
                        "campaign_targets.enrich",
                        now.minus(Duration.ofHours(2)),
                        2,
                        "[]",
                        "[" + dataset(table("sales", "top-10-customers", "2.1"), "") + "]")));
        return runs;
    }

    private static String dataset(String name, String facets) {
        return "{\"namespace\": \"" + WAREHOUSE + "\", \"name\": \"" + name + "\"" + facets + "}";
    }

    private static String event(String namespace, String job, Instant at, int hour, String inputs, String outputs) {
        String runId = UUID.nameUUIDFromBytes((namespace + "/" + job + "@" + at).getBytes(StandardCharsets.UTF_8))
                .toString();
        return "{\"eventType\": \"COMPLETE\", \"eventTime\": \"" + at + "\","
                + " \"producer\": \"https://github.com/OpenLineage/OpenLineage/tree/1.55.0/integration/airflow\","
                + " \"schemaURL\": \"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent\","
                + " \"run\": {\"runId\": \"" + runId + "\"},"
                + " \"job\": {\"namespace\": \"" + namespace + "\", \"name\": \"" + job + "\"},"
                + " \"inputs\": " + inputs + ", \"outputs\": " + outputs + "}";
    }
}
