package io.meshgov.lineage.stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.kit.streams.Json;
import io.meshgov.kit.test.GoldenFile;
import io.meshgov.kit.test.OneEntryView;
import io.meshgov.lineage.graph.Edge;
import io.meshgov.lineage.graph.VersionNode;
import io.meshgov.lineage.view.StoreGraphReader;
import io.meshgov.lineage.view.ViewKeys;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/**
 * Each store's values in the format of its golden file ({@code src/test/resources/golden/<store>[.<shape>].json}),
 * through the serde the store is declared with (see LineageTopology), and each golden file restored by the processing
 * (that serde) and by every instance's graph (its changelog's bytes), as lineage would read a value an earlier build
 * stored. An edge is stored twice, by its source and by its target, in one of two shapes: an input (with the version
 * it was declared at) or a consumer (with the consumer's facts). The positions store holds longs, not JSON.
 */
class StoredFormatTests {

    @Test
    void versionNodesAreStoredInTheFormatOfTheGoldenFile() {
        VersionNode node = StoredValues.retiredVersion();

        byte[] golden = storedAsGolden(ViewKeys.VERSIONS, VersionNode.class, node);

        assertThat(graph(ViewKeys.VERSIONS, node.id(), golden).version(node.id()))
                .contains(node);
    }

    @Test
    void inputEdgesAreStoredByTheirSourceInTheFormatOfTheGoldenFile() {
        Edge edge = StoredValues.inputEdge();

        byte[] golden = storedAsGolden(ViewKeys.OUTGOING + ".input-edge", Edge.class, edge);

        assertThat(graph(ViewKeys.OUTGOING, ViewKeys.outgoing(edge), golden).outgoing(edge.from()))
                .containsExactly(edge);
    }

    @Test
    void consumerEdgesAreStoredByTheirSourceInTheFormatOfTheGoldenFile() {
        Edge edge = StoredValues.consumerEdge();

        byte[] golden = storedAsGolden(ViewKeys.OUTGOING + ".consumer-edge", Edge.class, edge);

        assertThat(graph(ViewKeys.OUTGOING, ViewKeys.outgoing(edge), golden).outgoing(edge.from()))
                .containsExactly(edge);
    }

    @Test
    void inputEdgesAreStoredByTheirTargetInTheFormatOfTheGoldenFile() {
        Edge edge = StoredValues.inputEdge();

        byte[] golden = storedAsGolden(ViewKeys.INCOMING + ".input-edge", Edge.class, edge);

        assertThat(graph(ViewKeys.INCOMING, ViewKeys.incoming(edge), golden).incoming(edge.to()))
                .containsExactly(edge);
    }

    @Test
    void consumerEdgesAreStoredByTheirTargetInTheFormatOfTheGoldenFile() {
        Edge edge = StoredValues.consumerEdge();

        byte[] golden = storedAsGolden(ViewKeys.INCOMING + ".consumer-edge", Edge.class, edge);

        assertThat(graph(ViewKeys.INCOMING, ViewKeys.incoming(edge), golden).incoming(edge.to()))
                .containsExactly(edge);
    }

    @Test
    void anEdgeStoredBeforeEdgesWereObservedIsADeclaredOne() {
        Edge edge = StoredValues.inputEdge();
        String earlier = """
                {"from": "version:paid-invoices@1.4.0", "to": "version:top-10-customers@2.1.0", "kind": "INPUT",
                 "declaredVersion": "1.4", "consumerDomain": null, "consumerKind": null, "contact": null,
                 "since": null}""";

        Edge read = Json.serde(Edge.class).deserializer().deserialize("any", earlier.getBytes(UTF_8));

        assertThat(read).isEqualTo(edge);
        assertThat(read.declared()).isTrue();
        assertThat(read.observed()).isNull();
    }

    /** The value through its store's serde, compared with the golden file; the golden file restored through it. */
    private static <V> byte[] storedAsGolden(String golden, Class<V> type, V value) {
        Serde<V> serde = Json.serde(type);
        byte[] stored = GoldenFile.assertStoredAsIn(golden, serde.serializer().serialize(golden, value));
        assertThat(serde.deserializer().deserialize(golden, stored)).isEqualTo(value);
        return stored;
    }

    /** A graph whose only view holds {@code stored} under {@code key}. */
    private static StoreGraphReader graph(String store, String key, byte[] stored) {
        return new StoreGraphReader(OneEntryView.of(store, key, stored));
    }
}
