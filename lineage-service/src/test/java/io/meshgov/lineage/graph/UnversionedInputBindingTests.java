package io.meshgov.lineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.lineage.support.InMemoryGraph;
import io.meshgov.lineage.support.LineageMesh.Step;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.pipeline.PublishedBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An input named without a version binds to the newest version of that product that was ACTIVE when the reading
 * version was published, judged by the events' own times, whatever order they arrive in; until one exists it stays on
 * the UNBOUND product node. Each case runs in both arrival orders.
 */
class UnversionedInputBindingTests {

    private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");
    private static final String REPORT = "version:report@1.0.0";

    @Test
    void aLaterMajorPublishedAfterTheReaderDoesNotTakeTheBinding() {
        Step reader = published("report", "1.0", 1, "orders");
        List<Step> orders = List.of(published("orders", "1.0", 0), published("orders", "2.0", 2));

        for (List<Step> order : bothOrders(reader, orders)) {
            assertThat(boundInputsOfReport(order)).as("arrival %s", order).containsExactly("version:orders@1.0.0");
        }
    }

    @Test
    void aDeprecatedNewestVersionIsSkippedForTheNewestStillActive() {
        Step reader = published("report", "1.0", 3, "orders");
        List<Step> orders =
                List.of(published("orders", "1.0", 0), published("orders", "2.0", 1), deprecated("orders", "2.0", 2));

        for (List<Step> order : bothOrders(reader, orders)) {
            assertThat(boundInputsOfReport(order)).as("arrival %s", order).containsExactly("version:orders@1.0.0");
        }
    }

    @Test
    void aVersionDeprecatedOnlyAfterTheReaderWasPublishedStillBinds() {
        Step reader = published("report", "1.0", 2, "orders");
        List<Step> orders =
                List.of(published("orders", "1.0", 0), published("orders", "2.0", 1), deprecated("orders", "2.0", 3));

        for (List<Step> order : bothOrders(reader, orders)) {
            assertThat(boundInputsOfReport(order)).as("arrival %s", order).containsExactly("version:orders@2.0.0");
        }
    }

    @Test
    void staysUnboundWhileNoVersionExistsAndBindsWhenOneThatWasActiveArrives() {
        InMemoryGraph graph = new InMemoryGraph();
        graph.apply(published("report", "1.0", 1, "orders"));

        assertThat(boundInputsOfReport(graph)).containsExactly("product:orders");
        assertThat(new LineageGraph(graph).node("product:orders").status()).isEqualTo("UNBOUND");

        graph.apply(published("orders", "1.0", 0)); // published before the reader, arriving after it

        assertThat(boundInputsOfReport(graph)).containsExactly("version:orders@1.0.0");
        assertThat(impactOf(graph, "version:orders@1.0.0")).containsExactly(REPORT);
    }

    @Test
    void aVersionPublishedOnlyAfterTheReaderLeavesTheInputUnboundInEitherOrder() {
        Step reader = published("report", "1.0", 1, "orders");

        for (List<Step> order : bothOrders(reader, List.of(published("orders", "1.0", 2)))) {
            InMemoryGraph graph = new InMemoryGraph().apply(order);
            assertThat(boundInputsOfReport(graph)).as("arrival %s", order).containsExactly("product:orders");
            assertThat(impactOf(graph, "version:orders@1.0.0"))
                    .as("arrival %s", order)
                    .isEmpty();
        }
    }

    private static List<String> boundInputsOfReport(List<Step> order) {
        return boundInputsOfReport(new InMemoryGraph().apply(order));
    }

    private static List<String> boundInputsOfReport(InMemoryGraph graph) {
        return new LineageGraph(graph).upstream(REPORT).stream().map(Edge::from).toList();
    }

    private static List<String> impactOf(InMemoryGraph graph, String version) {
        return new Traversals(new LineageGraph(graph))
                .impact(version, 5).impacted().stream().map(i -> i.node().id()).toList();
    }

    /**
     * The reader's publication before and after its input's events: they travel on different domains' topics, which
     * are not ordered with each other (a product's own events are, on its topic).
     */
    private static List<List<Step>> bothOrders(Step reader, List<Step> inputEvents) {
        List<Step> readerFirst = new ArrayList<>(List.of(reader)), readerLast = new ArrayList<>(inputEvents);
        readerFirst.addAll(inputEvents);
        readerLast.add(reader);
        return List.of(readerFirst, readerLast);
    }

    private static Step published(String productId, String version, int hour, String... unversionedInputs) {
        PublishedBuilder builder = PipelineEvents.published(productId, version)
                .occurredAt(T.plus(Duration.ofHours(hour)))
                .name(productId)
                .definition("Definition of " + productId + " " + version)
                .owner("sales-team")
                .code("https://git.acmeco.internal/sales/" + productId, "0123abcd")
                .endpoint("http://acmeco.internal/data-products/" + productId + "/v" + version);
        if (unversionedInputs.length == 0) builder.inputSource("jdbc:erp/" + productId);
        for (String input : unversionedInputs) builder.inputProduct(input, null);
        return new Step(productId.equals("report") ? "marketing" : "sales", builder.build());
    }

    private static Step deprecated(String productId, String version, int hour) {
        return new Step(
                "sales",
                PipelineEvents.lifecycle(productId, version)
                        .reason("superseded")
                        .occurredAt(T.plus(Duration.ofHours(hour)))
                        .sunsetAt(T.plus(Duration.ofDays(90)))
                        .deprecated());
    }
}
