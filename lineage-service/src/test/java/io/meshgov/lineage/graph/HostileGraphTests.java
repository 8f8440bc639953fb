package io.meshgov.lineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.lineage.support.InMemoryGraph;
import io.meshgov.lineage.support.LineageMesh;
import io.meshgov.pipeline.PipelineEvents;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Reliability scenario 8 for the graph: a chain far deeper than any query may walk, and a product that names itself
 * as its input. Every traversal stays within its depth, visits each node once and says when it stopped early.
 */
class HostileGraphTests {

    private static final int CHAIN = 2_000;

    private final InMemoryGraph store = new InMemoryGraph();
    private final Traversals traversals = new Traversals(new LineageGraph(store));

    @Test
    void aChainDeeperThanTheLimitIsWalkedOnlyToTheRequestedDepthAndSaysSo() {
        IntStream.range(0, CHAIN).forEach(i -> store.apply(link(i)));

        Impact impact = traversals.impact("version:link-0@1.0.0", 50);
        Subgraph upstream =
                traversals.subgraph(List.of("version:link-" + (CHAIN - 1) + "@1.0.0"), Direction.UPSTREAM, 10);

        assertThat(impact.impacted()).hasSize(50);
        assertThat(impact.impacted())
                .extracting(Impact.Impacted::distance)
                .containsOnly(IntStream.rangeClosed(1, 50).boxed().toArray(Integer[]::new));
        assertThat(impact.truncated()).isTrue();
        assertThat(upstream.nodes()).hasSize(11);
        assertThat(upstream.truncated()).isTrue();
    }

    @Test
    void aProductReadingItselfIsOneNodeFlaggedAsACycle() {
        store.apply(new LineageMesh.Step(
                "sales",
                PipelineEvents.published("ouroboros", "1.0")
                        .name("ouroboros")
                        .definition("reads itself")
                        .owner("sales-team")
                        .code("https://git.acmeco.internal/sales/ouroboros", "0123abcd")
                        .endpoint("http://acmeco.internal/data-products/ouroboros/v1.0")
                        .inputProduct("ouroboros", "1.0")
                        .build()));

        Subgraph both = traversals.subgraph(List.of("version:ouroboros@1.0.0"), Direction.BOTH, 10);
        Impact impact = traversals.impact("version:ouroboros@1.0.0", 50);

        assertThat(both.nodes()).extracting(Node::id).containsExactly("version:ouroboros@1.0.0");
        assertThat(both.cycles()).isNotEmpty();
        assertThat(impact.impacted()).extracting(i -> i.node().id()).doesNotContain("version:ouroboros@1.0.0");
        assertThat(impact.cycles()).isNotEmpty();
    }

    private static LineageMesh.Step link(int i) {
        var builder = PipelineEvents.published("link-" + i, "1.0")
                .name("link " + i)
                .definition("link " + i + " of a long chain")
                .owner("sales-team")
                .code("https://git.acmeco.internal/sales/link-" + i, "0123abcd")
                .endpoint("http://acmeco.internal/data-products/link-" + i + "/v1.0");
        if (i == 0) builder.inputSource("jdbc:erp/chain");
        else builder.inputProduct("link-" + (i - 1), "1.0");
        return new LineageMesh.Step("sales", builder.build());
    }
}
