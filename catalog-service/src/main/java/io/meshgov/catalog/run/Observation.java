package io.meshgov.catalog.run;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A finished run as one of its datasets sees it: the run wrote it ({@code output}) or read it and measured it, the
 * domain whose topic carried the event, and where it was read. The run's inputs are names only, its outputs empty.
 */
public record Observation(
        ObservedRun run,
        DatasetFacts dataset,
        boolean output,
        String domain,
        String topic,
        int partition,
        long offset) {

    /** The deterministic id of what this observation becomes (accepted or refused): a redelivery repeats it. */
    public String eventId() {
        String key = "run\u0000" + run.eventKey() + "\u0000" + dataset.key() + "\u0000" + output;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
