package io.meshgov.catalog.stream;

import io.meshgov.catalog.access.AccessRequest;
import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.governance.Violation;
import io.meshgov.catalog.product.VersionQuality;
import io.meshgov.catalog.run.DatasetState;
import io.meshgov.catalog.view.ViewKeys;
import io.meshgov.kit.streams.Json;
import io.meshgov.kit.streams.ReadModel;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;

/**
 * The catalog's state, sharded by product and backed by changelogs, most of which are also every instance's read
 * model (keys in {@link ViewKeys}). Values are JSON, the same bytes in the store, its changelog and the read model.
 */
final class CatalogStores {

    /** The stores whose changelogs every instance reads whole, to answer queries. */
    static final List<String> VIEWED = List.of(
            ViewKeys.PRODUCTS,
            ViewKeys.REGISTRATIONS,
            ViewKeys.CONSUMPTIONS,
            ViewKeys.ALERTS,
            ViewKeys.VIOLATIONS,
            ViewKeys.QUALITY,
            ViewKeys.CONSUMER_PURPOSES,
            ViewKeys.ACCESS,
            ViewKeys.HELD,
            ViewKeys.RUN_VIOLATIONS);

    /** The stores of the datasets' step (a task per dataset, after the repartition by dataset). */
    static final List<String> DATASET_STEP = List.of(ViewKeys.DATASETS, ViewKeys.RUN_VIOLATIONS);

    /** Every store of the product step: the viewed ones but the datasets' step's, and the positions (its own). */
    static final List<String> ALL = all();

    private CatalogStores() {}

    static void addTo(StreamsBuilder builder) {
        // the product's JSON as bytes: written once, parsed only when its bytes change (see StoreBackedState)
        builder.addStateStore(ReadModel.store(ViewKeys.PRODUCTS, Serdes.ByteArray()));
        builder.addStateStore(ReadModel.store(ViewKeys.REGISTRATIONS, Json.serde(Registration.class)));
        builder.addStateStore(ReadModel.store(ViewKeys.CONSUMPTIONS, Json.serde(Registration.class)));
        builder.addStateStore(ReadModel.store(ViewKeys.ALERTS, Json.serde(Alert.class)));
        builder.addStateStore(ReadModel.store(ViewKeys.VIOLATIONS, Json.serde(Violation.class)));
        builder.addStateStore(ReadModel.store(ViewKeys.QUALITY, Json.serde(VersionQuality.class)));
        builder.addStateStore(ReadModel.store(ViewKeys.CONSUMER_PURPOSES, Serdes.Long()));
        builder.addStateStore(ReadModel.store(ViewKeys.ACCESS, Json.serde(AccessRequest.class)));
        builder.addStateStore(ReadModel.store(ViewKeys.HELD, Json.serde(HeldEvent.class)));
        builder.addStateStore(ReadModel.store(ViewKeys.POSITIONS, Serdes.Long()));
        builder.addStateStore(ReadModel.store(ViewKeys.DATASETS, Json.serde(DatasetState.class)));
        builder.addStateStore(ReadModel.store(ViewKeys.RUN_VIOLATIONS, Json.serde(Violation.class)));
    }

    private static List<String> all() {
        List<String> all = new ArrayList<>(VIEWED);
        all.removeAll(DATASET_STEP);
        all.add(ViewKeys.POSITIONS);
        return List.copyOf(all);
    }
}
