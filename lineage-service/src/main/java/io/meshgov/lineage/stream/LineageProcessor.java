package io.meshgov.lineage.stream;

import io.meshgov.events.DatasetBound;
import io.meshgov.events.DatasetName;
import io.meshgov.events.DatasetRole;
import io.meshgov.events.EventAccepted;
import io.meshgov.events.LifecycleDecided;
import io.meshgov.events.RunAccepted;
import io.meshgov.events.RunState;
import io.meshgov.kit.inbound.InboundEvent;
import io.meshgov.lineage.graph.DatasetReader;
import io.meshgov.lineage.graph.Edge;
import io.meshgov.lineage.graph.NodeIds;
import io.meshgov.lineage.graph.ServedDataset;
import io.meshgov.lineage.graph.VersionNode;
import io.meshgov.lineage.graph.VersionRuns;
import io.meshgov.lineage.projection.GraphChanges;
import io.meshgov.lineage.projection.KnownProduct;
import io.meshgov.lineage.projection.LineageProjector;
import io.meshgov.lineage.view.ViewKeys;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Projects one product's accepted inputs into graph changes and writes them to the task's stores, whose changelogs
 * are every instance's graph. Each edge is written by the task of the product it belongs to (the reader of an
 * input, the version of a consumer), so no two tasks ever write the same key.
 */
final class LineageProcessor implements Processor<String, InboundEvent, Void, Void> {

    private final LineageProjector projector = new LineageProjector();
    private KeyValueStore<String, VersionNode> versions;
    private KeyValueStore<String, Edge> outgoing;
    private KeyValueStore<String, Edge> incoming;
    private KeyValueStore<String, Long> positions;
    private KeyValueStore<String, VersionRuns> runs;
    private KeyValueStore<String, ServedDataset> datasets;
    private KeyValueStore<String, DatasetReader> readers;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        versions = context.getStateStore(ViewKeys.VERSIONS);
        outgoing = context.getStateStore(ViewKeys.OUTGOING);
        incoming = context.getStateStore(ViewKeys.INCOMING);
        positions = context.getStateStore(ViewKeys.POSITIONS);
        runs = context.getStateStore(ViewKeys.RUNS);
        datasets = context.getStateStore(ViewKeys.DATASETS);
        readers = context.getStateStore(ViewKeys.READERS);
    }

    @Override
    public void process(Record<String, InboundEvent> record) {
        if (record.value().event() instanceof RunAccepted run) {
            observed(run);
            return;
        }
        if (record.value().event() instanceof DatasetBound bound) {
            // one binding per dataset, decided by the catalog and keyed by its product: one task writes each key
            DatasetName d = bound.getDataset();
            ServedDataset served =
                    new ServedDataset(d.getNamespace(), d.getName(), bound.getProductId(), bound.getVersion());
            datasets.put(ServedDataset.key(d.getNamespace(), d.getName()), served);
            datasets.put(ServedDataset.byVersionKey(served.versionNodeId(), d.getNamespace(), d.getName()), served);
            return;
        }
        var event = record.value().event() instanceof LifecycleDecided decided
                ? EventTranslation.toLineageEvent(decided)
                : EventTranslation.toLineageEvent((EventAccepted) record.value().event());
        GraphChanges changes = projector.apply(event, known(event.productId()));
        for (VersionNode node : changes.versions()) versions.put(node.id(), node);
        for (Edge edge : changes.added()) {
            outgoing.put(ViewKeys.outgoing(edge), edge);
            incoming.put(ViewKeys.incoming(edge), edge);
        }
        for (Edge edge : changes.removed()) {
            outgoing.delete(ViewKeys.outgoing(edge));
            incoming.delete(ViewKeys.incoming(edge));
        }
        if (changes.position() != null) positions.put(changes.productId(), changes.position());
    }

    /** A run that wrote a version's dataset: the version's last run and observed inputs (a check changes neither). */
    private void observed(RunAccepted run) {
        if (run.getRole() != DatasetRole.OUTPUT) return;
        String id = NodeIds.version(run.getProductId(), run.getVersion());
        VersionRuns.Run seen = new VersionRuns.Run(
                run.getRunId(),
                run.getState() == RunState.FAIL,
                run.getOccurredAt(),
                run.getJobNamespace(),
                run.getJobName(),
                run.getInputs().stream()
                        .map(d -> new VersionRuns.Dataset(d.getNamespace(), d.getName()))
                        .toList());
        VersionRuns known = runs.get(id);
        VersionRuns next =
                known == null ? VersionRuns.first(run.getProductId(), run.getVersion(), seen) : known.with(seen);
        if (next.equals(known)) return;
        runs.put(id, next);
        // the reading version's task writes its readers' index entries: no two tasks write the same key
        for (VersionRuns.ObservedInput input : next.inputs()) {
            DatasetReader reader = new DatasetReader(input.namespace(), input.name(), id);
            if (readers.get(reader.key()) == null) readers.put(reader.key(), reader);
        }
    }

    /** A product as the task's stores know it: one lookup per question. */
    private KnownProduct known(String productId) {
        return new KnownProduct() {
            @Override
            public Optional<VersionNode> version(String fullVersion) {
                return Optional.ofNullable(versions.get(NodeIds.version(productId, fullVersion)));
            }

            @Override
            public long appliedUpTo() {
                Long position = positions.get(productId);
                return position == null ? 0 : position;
            }
        };
    }
}
