package io.meshgov.lineage.stream;

import io.meshgov.kit.streams.Json;
import io.meshgov.lineage.graph.Edge;
import io.meshgov.lineage.graph.VersionNode;
import io.meshgov.lineage.projection.GraphChanges;
import io.meshgov.lineage.projection.LineageProjector;
import io.meshgov.lineage.projection.ProductLineage;
import io.meshgov.lineage.view.ViewKeys;
import io.meshgov.wire.SingleObjectCodec;
import io.meshgov.wire.streams.SourceHeaders;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Projects one product's events into graph changes and publishes them to the read model. */
final class LineageProcessor implements Processor<String, byte[], String, byte[]> {

    static final String PRODUCTS = "lineage-products";

    private final LineageProjector projector = new LineageProjector();
    private final SingleObjectCodec codec = SingleObjectCodec.standard();
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, ProductLineage> products;

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.products = context.getStateStore(PRODUCTS);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String domain = SourceHeaders.read(record.headers(), SourceHeaders.DOMAIN);
        var event = EventTranslation.toLineageEvent(codec.decode(record.value()), domain);
        GraphChanges changes = projector.apply(event, Optional.ofNullable(products.get(record.key())));
        if (changes.product() != null) products.put(record.key(), changes.product());
        long at = record.timestamp();
        for (VersionNode node : changes.versions()) emit(ViewKeys.version(node.id()), Json.write(node), at);
        for (Edge edge : changes.added()) {
            byte[] json = Json.write(edge);
            emit(ViewKeys.outgoing(edge), json, at);
            emit(ViewKeys.incoming(edge), json, at);
        }
        for (Edge edge : changes.removed()) {
            emit(ViewKeys.outgoing(edge), null, at);
            emit(ViewKeys.incoming(edge), null, at);
        }
    }

    private void emit(String key, byte[] value, long timestamp) {
        context.forward(new Record<>(key, value, timestamp));
    }
}
