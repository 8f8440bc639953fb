package io.meshgov.catalog.stream;

import io.meshgov.catalog.run.Claim;
import io.meshgov.catalog.run.Observation;
import io.meshgov.kit.streams.Json;
import org.apache.kafka.common.serialization.Serde;

/** What crosses the repartition by dataset: an accepted version's claim on it, or a run that saw it (one is null). */
record AtDataset(Claim claim, Observation observation) {

    static final Serde<AtDataset> SERDE = Json.serde(AtDataset.class);

    static AtDataset claimed(Claim claim) {
        return new AtDataset(claim, null);
    }

    static AtDataset observed(Observation observation) {
        return new AtDataset(null, observation);
    }
}
