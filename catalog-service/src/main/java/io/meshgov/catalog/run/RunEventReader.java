package io.meshgov.catalog.run;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an OpenLineage {@code RunEvent} (spec 2-0-2) as JSON, strictly where meshgov depends on a field (run id, job,
 * event type and time, dataset names, the quality facets it reads) and leniently everywhere else (any other facet,
 * any extra field). Data quality facets are looked for where producers put them: {@code facets},
 * {@code inputFacets} or {@code outputFacets}.
 */
public final class RunEventReader {

    /** The largest event read (the bound; OpenLineage's own Kafka transport sends far smaller ones). */
    public static final int MAX_BYTES = 1 << 20;

    private static final Set<String> UNFINISHED = Set.of("START", "RUNNING", "ABORT", "OTHER");
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(
                            StreamReadConstraints.builder().maxNestingDepth(256).build())
                    .build())
            .build();

    /** What an event was: unusable (with the reason), a run not finished yet, or a finished run. */
    public sealed interface Reading {}

    public record Rejected(String reason) implements Reading {}

    /** START, RUNNING, ABORT or OTHER: a valid event that changes nothing. */
    public record Unfinished(String eventType, String jobNamespace, String jobName) implements Reading {}

    public record Finished(ObservedRun run) implements Reading {}

    /** The key OpenLineage's own Kafka transport gives a run's events: {@code run:<job namespace>/<job name>}. */
    public static String keyOf(Reading reading) {
        if (reading instanceof Unfinished u) return "run:" + u.jobNamespace() + "/" + u.jobName();
        if (reading instanceof Finished f)
            return "run:" + f.run().jobNamespace() + "/" + f.run().jobName();
        throw new IllegalArgumentException("a refused event has no key");
    }

    public Reading read(byte[] json) {
        if (json == null) return new Rejected("no value: an OpenLineage RunEvent is a JSON object");
        if (json.length > MAX_BYTES) {
            return new Rejected("an event of " + json.length + " bytes is over the 1 MiB (" + MAX_BYTES + ") limit");
        }
        JsonNode event;
        try {
            event = MAPPER.readTree(json);
        } catch (JacksonException e) {
            return new Rejected("not JSON: " + e.getOriginalMessage());
        }
        try {
            return read(event);
        } catch (Invalid e) {
            return new Rejected(e.getMessage());
        }
    }

    private static Reading read(JsonNode event) {
        if (event == null || !event.isObject()) throw new Invalid("not a JSON object: an OpenLineage RunEvent is one");
        JsonNode run = event.get("run");
        if (run == null || !run.isObject()) {
            throw new Invalid("not an OpenLineage RunEvent: it has no run (a DatasetEvent or JobEvent is not read)");
        }
        String runId = text(run, "run.runId");
        try {
            UUID.fromString(runId);
        } catch (IllegalArgumentException e) {
            throw new Invalid("run.runId '" + runId + "' is not a UUID");
        }
        JsonNode job = object(event, "job", "job");
        String jobNamespace = text(job, "job.namespace");
        String jobName = text(job, "job.name");
        String eventType = text(event, "eventType");
        Instant eventTime = time(text(event, "eventTime"));
        if (UNFINISHED.contains(eventType)) return new Unfinished(eventType, jobNamespace, jobName);
        if (!eventType.equals("COMPLETE") && !eventType.equals("FAIL")) {
            throw new Invalid("unknown eventType '" + eventType + "' (START, RUNNING, COMPLETE, ABORT, FAIL, OTHER)");
        }
        return new Finished(new ObservedRun(
                runId,
                eventType.equals("FAIL"),
                eventTime,
                jobNamespace,
                jobName,
                datasets(event, "inputs"),
                datasets(event, "outputs")));
    }

    private static List<DatasetFacts> datasets(JsonNode event, String field) {
        JsonNode all = event.get(field);
        if (all == null || all.isNull()) return List.of();
        if (!all.isArray()) throw new Invalid(field + " is not an array");
        List<DatasetFacts> datasets = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String at = field + "[" + i + "]";
            JsonNode dataset = all.get(i);
            if (!dataset.isObject()) throw new Invalid(at + " is not an object");
            JsonNode metrics = facet(dataset, "dataQualityMetrics", at);
            JsonNode statistics = facet(dataset, "outputStatistics", at);
            Long rowCount = count(metrics, "rowCount", at + ".dataQualityMetrics");
            datasets.add(new DatasetFacts(
                    text(dataset, at + ".namespace"),
                    text(dataset, at + ".name"),
                    rowCount != null ? rowCount : count(statistics, "rowCount", at + ".outputStatistics"),
                    nullCounts(metrics, at + ".dataQualityMetrics"),
                    assertions(facet(dataset, "dataQualityAssertions", at), at + ".dataQualityAssertions")));
        }
        return datasets;
    }

    private static JsonNode facet(JsonNode dataset, String name, String at) {
        for (String facets : List.of("facets", "inputFacets", "outputFacets")) {
            JsonNode group = dataset.get(facets);
            if (group == null || group.isNull()) continue;
            if (!group.isObject()) throw new Invalid(at + "." + facets + " is not an object");
            JsonNode facet = group.get(name);
            if (facet != null && !facet.isNull()) {
                if (!facet.isObject()) throw new Invalid(at + "." + facets + "." + name + " is not an object");
                return facet;
            }
        }
        return null;
    }

    private static Map<String, Long> nullCounts(JsonNode metrics, String at) {
        if (metrics == null) return Map.of();
        JsonNode columns = metrics.get("columnMetrics");
        if (columns == null || columns.isNull()) return Map.of();
        if (!columns.isObject()) throw new Invalid(at + ".columnMetrics is not an object");
        Map<String, Long> nulls = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> column : columns.properties()) {
            if (!column.getValue().isObject()) {
                throw new Invalid(at + ".columnMetrics." + column.getKey() + " is not an object");
            }
            Long count = count(column.getValue(), "nullCount", at + ".columnMetrics." + column.getKey());
            if (count != null) nulls.put(column.getKey(), count);
        }
        return nulls;
    }

    private static List<DatasetFacts.Assertion> assertions(JsonNode facet, String at) {
        if (facet == null) return List.of();
        JsonNode all = facet.get("assertions");
        if (all == null || !all.isArray()) throw new Invalid(at + ".assertions is missing or not an array");
        List<DatasetFacts.Assertion> assertions = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            JsonNode assertion = all.get(i);
            String where = at + ".assertions[" + i + "]";
            if (!assertion.isObject()) throw new Invalid(where + " is not an object");
            JsonNode success = assertion.get("success");
            if (success == null || !success.isBoolean()) throw new Invalid(where + ".success is not true or false");
            JsonNode column = assertion.get("column");
            if (column != null && !column.isNull() && !column.isString()) {
                throw new Invalid(where + ".column is not a string");
            }
            assertions.add(new DatasetFacts.Assertion(
                    text(assertion, where + ".assertion"),
                    column == null || column.isNull() || column.asString().isBlank() ? null : column.asString(),
                    success.booleanValue()));
        }
        return assertions;
    }

    private static Long count(JsonNode facet, String field, String at) {
        if (facet == null) return null;
        JsonNode value = facet.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            throw new Invalid(at + "." + field + " is not a whole number of at least 0");
        }
        return value.longValue();
    }

    private static JsonNode object(JsonNode parent, String field, String at) {
        JsonNode value = parent.get(field);
        if (value == null || !value.isObject()) throw new Invalid(at + " is missing or not an object");
        return value;
    }

    /** A field that must be a non-blank string; named by its path in the reason. */
    private static String text(JsonNode parent, String path) {
        JsonNode value = parent.get(path.substring(path.lastIndexOf('.') + 1));
        if (value == null || value.isNull()) throw new Invalid(path + " is missing");
        if (!value.isString() || value.asString().isBlank()) throw new Invalid(path + " is not a non-blank string");
        return value.asString();
    }

    private static Instant time(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new Invalid("eventTime '" + value + "' is not an ISO-8601 date-time with an offset");
        }
    }

    private static final class Invalid extends RuntimeException {
        Invalid(String reason) {
            super(reason, null, false, false);
        }
    }
}
