package io.meshgov.quality.stream;

import io.meshgov.kit.streams.Json;
import io.meshgov.kit.streams.ReadModel;
import io.meshgov.quality.view.ViewKeys;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;

/**
 * The processing stores, sharded by product and backed by changelogs; those of {@link ViewKeys} are also every
 * instance's read model. The products (what was accepted of each), the pending measurements and the ids of those
 * counted only the processing reads.
 */
final class QualityStores {

    static final String VERSIONS = ViewKeys.VERSIONS;
    static final String KPIS = ViewKeys.KPIS;
    static final String HISTORY = ViewKeys.HISTORY;
    static final String PRODUCTS = "quality-products";
    static final String PENDING = "quality-pending";
    static final String COUNTED = "quality-counted";
    static final List<String> VIEWED = List.of(VERSIONS, KPIS, HISTORY);
    static final List<String> ALL = List.of(VERSIONS, KPIS, HISTORY, PRODUCTS, PENDING, COUNTED);

    private QualityStores() {}

    static void addTo(StreamsBuilder builder) {
        // JSON values, as bytes: the same in the store, its changelog and every instance's read model
        builder.addStateStore(ReadModel.store(VERSIONS, Serdes.ByteArray()));
        builder.addStateStore(ReadModel.store(KPIS, Serdes.ByteArray()));
        builder.addStateStore(ReadModel.store(HISTORY, Serdes.ByteArray()));
        builder.addStateStore(ReadModel.store(PRODUCTS, Serdes.ByteArray()));
        builder.addStateStore(ReadModel.store(PENDING, Json.serde(PendingMeasurement.class)));
        builder.addStateStore(ReadModel.store(COUNTED, Serdes.ByteArray()));
    }
}
