package io.meshgov.catalog.run;

import static io.meshgov.catalog.run.RunEvents.INVOICES;
import static io.meshgov.catalog.run.RunEvents.RUN;
import static io.meshgov.catalog.run.RunEvents.TOP_10_V21;
import static io.meshgov.catalog.run.RunEvents.WAREHOUSE;
import static io.meshgov.catalog.run.RunEvents.bytes;
import static io.meshgov.catalog.run.RunEvents.top10Build;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunEventReaderTests {

    final RunEventReader reader = new RunEventReader();

    @Test
    void readsAFinishedRunWithItsDatasetsAndTheirQualityFacets() {
        var reading = reader.read(bytes(top10Build(RUN, "COMPLETE")));

        assertThat(reading).isInstanceOf(RunEventReader.Finished.class);
        ObservedRun run = ((RunEventReader.Finished) reading).run();
        assertThat(run.runId()).isEqualTo(RUN);
        assertThat(run.failed()).isFalse();
        assertThat(run.eventTime()).isEqualTo(Instant.parse("2026-12-01T01:00:00Z"));
        assertThat(run.jobNamespace() + " " + run.jobName()).isEqualTo("airflow://sales top_10_customers.build");
        assertThat(run.inputs()).containsExactly(new DatasetFacts(WAREHOUSE, INVOICES, null, Map.of(), List.of()));
        DatasetFacts output = run.outputs().get(0);
        assertThat(output.namespace() + " " + output.name()).isEqualTo(WAREHOUSE + " " + TOP_10_V21);
        assertThat(output.rowCount()).isEqualTo(9);
        assertThat(output.nullCounts()).containsExactlyInAnyOrderEntriesOf(Map.of("customer_id", 0L, "revenue", 2L));
        assertThat(output.assertions())
                .containsExactly(
                        new DatasetFacts.Assertion("not_null", "customer_id", true),
                        new DatasetFacts.Assertion("row_count_is_10", null, false));
    }

    @Test
    void readsAFailedRunAsFailed() {
        var reading = reader.read(bytes(top10Build(RUN, "FAIL")));

        assertThat(((RunEventReader.Finished) reading).run().failed()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"START", "RUNNING", "ABORT", "OTHER"})
    void acceptsARunNotFinishedYetAsChangingNothing(String eventType) {
        assertThat(reader.read(bytes(top10Build(RUN, eventType))))
                .isEqualTo(new RunEventReader.Unfinished(eventType, "airflow://sales", "top_10_customers.build"));
    }

    @Test
    void takesTheRowCountOfOutputStatisticsWhenNoQualityMetricSaysIt() {
        String json = """
                {"eventType": "COMPLETE", "eventTime": "2026-12-01T01:00:00Z", "run": {"runId": "%s"},
                 "job": {"namespace": "dbt://sales", "name": "top_10"},
                 "outputs": [{"namespace": "%s", "name": "%s", "outputFacets": {"outputStatistics": {"rowCount": 10}}}]}
                """.formatted(RUN, WAREHOUSE, TOP_10_V21);

        var run = ((RunEventReader.Finished) reader.read(bytes(json))).run();

        assertThat(run.inputs()).isEmpty();
        assertThat(run.outputs().get(0).rowCount()).isEqualTo(10);
        assertThat(run.outputs().get(0).measured()).isTrue();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'\"eventType\": \"COMPLETE\"'|'\"eventType\": \"DONE\"'|unknown eventType 'DONE' (START, RUNNING, COMPLETE, ABORT, FAIL, OTHER)",
                "'\"eventType\": \"COMPLETE\",'|''|eventType is missing",
                "'\"runId\": \"" + RUN + "\"'|'\"runId\": \"run-17\"'|run.runId 'run-17' is not a UUID",
                "'\"runId\": \"" + RUN + "\",'|'\"id\": 1,'|run.runId is missing",
                "'\"name\": \"top_10_customers.build\"'|'\"name\": \"\"'|job.name is not a non-blank string",
                "'\"job\": {'|'\"jobs\": {'|job is missing or not an object",
                "'\"eventTime\": \"2026-12-01T02:00:00.000+01:00\"'|'\"eventTime\": \"yesterday\"'|eventTime 'yesterday' is not an ISO-8601 date-time with an offset",
                "'\"namespace\": \"" + WAREHOUSE + "\", \"name\": \"" + INVOICES + "\"'|'\"namespace\": \"" + WAREHOUSE
                        + "\"'|inputs[0].name is missing",
                "'\"rowCount\": 9'|'\"rowCount\": -9'|outputs[0].dataQualityMetrics.rowCount is not a whole number of at least 0",
                "'\"nullCount\": 2'|'\"nullCount\": 2.5'|outputs[0].dataQualityMetrics.columnMetrics.revenue.nullCount is not a whole number of at least 0",
                "'\"success\": false'|'\"success\": \"no\"'|outputs[0].dataQualityAssertions.assertions[1].success is not true or false",
            })
    void refusesAnEventItCannotUseWithTheReason(String from, String to, String reason) {
        String json = top10Build(RUN, "COMPLETE");
        assertThat(json).contains(from);

        assertThat(reader.read(bytes(json.replace(from, to)))).isEqualTo(new RunEventReader.Rejected(reason));
    }

    @Test
    void refusesWhatIsNotARunEvent() {
        assertThat(reader.read(bytes("[1, 2]")))
                .isEqualTo(new RunEventReader.Rejected("not a JSON object: an OpenLineage RunEvent is one"));
        assertThat(reader.read(bytes("{\"eventTime\": \"2026-12-01T00:00:00Z\", \"dataset\": {}}")))
                .isEqualTo(new RunEventReader.Rejected(
                        "not an OpenLineage RunEvent: it has no run (a DatasetEvent or JobEvent is not read)"));
        assertThat(reader.read(null)).isInstanceOf(RunEventReader.Rejected.class);
        assertThat(reader.read(bytes(""))).isInstanceOf(RunEventReader.Rejected.class);
    }

    @Test
    void refusesAnEventOverOneMebibyteBeforeParsingIt() {
        String padding = "x".repeat(RunEventReader.MAX_BYTES);
        String json =
                top10Build(RUN, "COMPLETE").replace("\"nominalTime\"", "\"pad\": \"" + padding + "\", \"nominalTime\"");

        var reading = reader.read(bytes(json));

        assertThat(reading).isInstanceOf(RunEventReader.Rejected.class);
        assertThat(((RunEventReader.Rejected) reading).reason()).endsWith("bytes is over the 1 MiB (1048576) limit");
    }

    @Test
    void refusesDeepNestingWithAReasonInsteadOfOverflowingTheStack() {
        String deep = "[".repeat(100_000);

        var reading = reader.read(bytes(deep));

        assertThat(((RunEventReader.Rejected) reading).reason()).startsWith("not JSON: Document nesting depth");
    }

    /** 10,000 random documents, valid JSON or not: each is read or refused with a reason, none throws. */
    @Test
    void readsOrRefusesTenThousandRandomDocumentsWithoutThrowing() {
        Random random = new Random(18);
        String valid = top10Build(RUN, "COMPLETE");
        int refused = 0;
        for (int i = 0; i < 10_000; i++) {
            String doc = i % 2 == 0 ? RandomJson.document(random) : RandomJson.mutate(valid, random);
            var reading = reader.read(bytes(doc));
            assertThat(reading).as(doc).isNotNull();
            if (reading instanceof RunEventReader.Rejected r) {
                refused++;
                assertThat(r.reason()).as(doc).isNotBlank();
            }
        }
        assertThat(refused).as("random documents are mostly not run events").isGreaterThan(5_000);
    }
}
