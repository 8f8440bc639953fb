package io.meshgov.catalog.run;

import java.time.Instant;
import java.util.List;

/**
 * A finished run as its OpenLineage event told it: which job, when, whether it failed, what it read and wrote.
 *
 * @param failed {@code eventType} FAIL (else COMPLETE)
 */
public record ObservedRun(
        String runId,
        boolean failed,
        Instant eventTime,
        String jobNamespace,
        String jobName,
        List<DatasetFacts> inputs,
        List<DatasetFacts> outputs) {

    public ObservedRun {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** What makes a redelivered event the same event: the run, its state and its time. */
    public String eventKey() {
        return runId + "\u0000" + (failed ? "FAIL" : "COMPLETE") + "\u0000" + eventTime.toEpochMilli();
    }
}
