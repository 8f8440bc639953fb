package io.meshgov.catalog.stream;

import io.meshgov.catalog.run.DatasetBinding;
import io.meshgov.kit.inbound.InboundEdge;
import io.meshgov.kit.streams.Emission;
import io.meshgov.mesh.InputTopic;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.EventCodec;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * <pre>
 * mesh.&lt;domain&gt;.openlineage (OpenLineage JSON)  → read (not a finished RunEvent → mesh.dlq.catalog-service)
 *   → one observation per dataset the run wrote, or read and measured
 * mesh.governance.accepted (the catalog's own decisions) → each accepted publication's claim on its datasets
 *   (one source for both, {@link RunIntake})
 *   → repartition by dataset (a dataset's runs and claims meet in one task, whichever product it serves)
 *   → bind (DatasetBinding) → RunAccepted on mesh.governance.accepted, or a violation
 * </pre>
 * The claims come from what the catalog accepted, after it was written, so a run is accepted only after the
 * publication that bound its dataset, on the same partition of the accepted topic: its followers see them in order.
 */
final class ObservedRuns {

    /** Runs of a dataset no version declares yet that the catalog keeps, the latest ones, for a binding to pick up. */
    static final int HELD_PER_DATASET = 20;

    /** Every domain's openlineage topic, and the catalog's own decisions (read by pattern: started before it exists). */
    static final Pattern INPUTS = Pattern.compile(
            InputTopic.OPENLINEAGE.pattern().pattern() + "|" + Pattern.quote(Topics.GOVERNANCE_ACCEPTED));

    private static final Serde<String> KEYS = Serdes.String();
    private static final Serde<byte[]> BYTES = Serdes.ByteArray();

    private ObservedRuns() {}

    static KStream<String, Emission> build(StreamsBuilder builder, int partitions, EventCodec outputs) {
        Map<String, KStream<String, RunIntake.Intake>> read = builder.stream(
                        INPUTS, Consumed.with(KEYS, BYTES).withName("runs-and-claims"))
                .processValues(RunIntake::new, Named.as("read-run-events"))
                .split(Named.as("runs-"))
                .branch((key, intake) -> intake instanceof RunIntake.Dead, Branched.as("dead"))
                .defaultBranch(Branched.as("seen"));
        InboundEdge.deadLetters(
                read.get("runs-dead").mapValues(intake -> ((RunIntake.Dead) intake).letter(), Named.as("run-letter")),
                CatalogTopology.SERVICE,
                Topics.CATALOG_DEAD_LETTER,
                "run");
        return read.get("runs-seen")
                .flatMap((key, intake) -> ((RunIntake.Seen) intake).atDatasets(), Named.as("by-dataset-key"))
                .repartition(Repartitioned.with(KEYS, AtDataset.SERDE)
                        .withName("by-dataset")
                        .withNumberOfPartitions(partitions))
                .process(
                        () -> new DatasetProcessor(new DatasetBinding(HELD_PER_DATASET), outputs),
                        Named.as("bind"),
                        CatalogStores.DATASET_STEP.toArray(String[]::new));
    }
}
