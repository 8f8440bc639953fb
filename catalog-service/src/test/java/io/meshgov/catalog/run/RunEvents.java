package io.meshgov.catalog.run;

import io.meshgov.events.RunAccepted;
import io.meshgov.kit.test.TopicReader;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.EventSerdes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** OpenLineage RunEvent JSON as the spec (2-0-2) writes it, for the seed's pipelines. */
public final class RunEvents {

    public static final String WAREHOUSE = "postgres://warehouse:5432";
    public static final String TOP_10_V21 = "sales.top_10_customers_v2_1";
    public static final String INVOICES = "finance.invoices";
    public static final String RUN = "0190f1b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b";

    private RunEvents() {}

    /** invoices → top 10 customers 2.1, with a row count, a null count and a failing assertion on its output. */
    public static String top10Build(String runId, String eventType, String eventTime) {
        return """
                {"eventType": "%s", "eventTime": "%s",
                 "producer": "https://github.com/OpenLineage/OpenLineage/tree/1.55.0/integration/airflow",
                 "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
                 "run": {"runId": "%s", "facets": {"nominalTime": {"nominalStartTime": "2026-12-01T00:00:00Z"}}},
                 "job": {"namespace": "airflow://sales", "name": "top_10_customers.build"},
                 "inputs": [{"namespace": "%s", "name": "%s"}],
                 "outputs": [{"namespace": "%s", "name": "%s",
                   "facets": {"dataQualityAssertions": {"assertions": [
                     {"assertion": "not_null", "column": "customer_id", "success": true},
                     {"assertion": "row_count_is_10", "success": false}]}},
                   "inputFacets": {"dataQualityMetrics": {"rowCount": 9,
                     "columnMetrics": {"customer_id": {"nullCount": 0}, "revenue": {"nullCount": 2, "sum": 12.5}}}}}]}
                """.formatted(eventType, eventTime, runId, WAREHOUSE, INVOICES, WAREHOUSE, TOP_10_V21);
    }

    public static String top10Build(String runId, String eventType) {
        return top10Build(runId, eventType, "2026-12-01T02:00:00.000+01:00");
    }

    public static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** Every run the catalog has accepted so far, as mesh.governance.accepted holds them. */
    public static List<RunAccepted> accepted(String bootstrap) {
        return TopicReader.readAll(
                        bootstrap,
                        Topics.GOVERNANCE_ACCEPTED,
                        EventSerdes.anyEvent().deserializer(),
                        Duration.ofMillis(500))
                .stream()
                .map(ConsumerRecord::value)
                .filter(RunAccepted.class::isInstance)
                .map(RunAccepted.class::cast)
                .toList();
    }
}
