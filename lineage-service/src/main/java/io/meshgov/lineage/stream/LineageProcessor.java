package io.meshgov.lineage.stream;

import io.meshgov.lineage.graph.Edge;
import io.meshgov.lineage.graph.NodeIds;
import io.meshgov.lineage.graph.VersionNode;
import io.meshgov.lineage.projection.GraphChanges;
import io.meshgov.lineage.projection.KnownProduct;
import io.meshgov.lineage.projection.LineageProjector;
import io.meshgov.lineage.view.ViewKeys;
import io.meshgov.wire.SingleObjectCodec;
import io.meshgov.wire.streams.SourceHeaders;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Projects one product's events into graph changes and writes them to the task's stores, whose changelogs are every
 * instance's graph. Each edge is written by the task of the product it belongs to (the reader of an input, the
 * version of a consumer), so no two tasks ever write the same key.
 */
final class LineageProcessor implements Processor<String, byte[], Void, Void> {

    private static final StringSerializer KEYS = new StringSerializer();

    private final LineageProjector projector = new LineageProjector();
    private final SingleObjectCodec codec = SingleObjectCodec.standard();
    private KeyValueStore<String, VersionNode> versions;
    private KeyValueStore<String, Edge> outgoing;
    private KeyValueStore<String, Edge> incoming;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        versions = context.getStateStore(ViewKeys.VERSIONS);
        outgoing = context.getStateStore(ViewKeys.OUTGOING);
        incoming = context.getStateStore(ViewKeys.INCOMING);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String domain = SourceHeaders.read(record.headers(), SourceHeaders.DOMAIN);
        var event = EventTranslation.toLineageEvent(codec.decode(record.value()), domain);
        GraphChanges changes = projector.apply(event, known(record.key()));
        for (VersionNode node : changes.versions()) versions.put(node.id(), node);
        for (Edge edge : changes.added()) {
            outgoing.put(ViewKeys.outgoing(edge), edge);
            incoming.put(ViewKeys.incoming(edge), edge);
        }
        for (Edge edge : changes.removed()) {
            outgoing.delete(ViewKeys.outgoing(edge));
            incoming.delete(ViewKeys.incoming(edge));
        }
    }

    /** A product as the task's version store knows it: one lookup per question, nothing parsed beyond it. */
    private KnownProduct known(String productId) {
        return new KnownProduct() {
            @Override
            public Optional<String> owner() {
                try (KeyValueIterator<String, VersionNode> any =
                        versions.prefixScan(NodeIds.versionsOf(productId), KEYS)) {
                    return any.hasNext() ? Optional.of(any.next().value.domain()) : Optional.empty();
                }
            }

            @Override
            public Optional<VersionNode> version(String fullVersion) {
                return Optional.ofNullable(versions.get(NodeIds.version(productId, fullVersion)));
            }
        };
    }
}
