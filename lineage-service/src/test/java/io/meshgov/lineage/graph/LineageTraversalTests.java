package io.meshgov.lineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.kit.test.CatalogDecisions;
import io.meshgov.lineage.support.InMemoryGraph;
import io.meshgov.lineage.support.LineageMesh;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Traversals over the 14-product mesh, checked node by node. */
class LineageTraversalTests {

    private final InMemoryGraph store = new InMemoryGraph().apply(LineageMesh.steps());
    private final Traversals traversals = new Traversals(new LineageGraph(store));

    @Test
    void bindsAnUnversionedInputToTheNewestVersionActiveWhenItsReaderWasPublished() {
        Subgraph upstream = traversals.subgraph(List.of("version:campaign-targets@1.0.0"), Direction.UPSTREAM, 1);

        assertThat(ids(upstream))
                .containsExactly(
                        "version:campaign-targets@1.0.0",
                        "version:churn-scores@1.0.0",
                        "version:top-10-customers@3.0.0");
        assertThat(upstream.edges())
                .filteredOn(e -> e.to().equals("version:campaign-targets@1.0.0"))
                .extracting(Edge::from, Edge::declaredVersion)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("version:churn-scores@1.0.0", "1.0"),
                        org.assertj.core.groups.Tuple.tuple("version:top-10-customers@3.0.0", null));
    }

    @Test
    void impactIsBoundToVersions() {
        Impact of21 = traversals.impact("version:top-10-customers@2.1.0", 50);
        Impact of30 = traversals.impact("version:top-10-customers@3.0.0", 50);

        assertThat(impacted(of21)).containsExactly("consumer:jane.analyst", "consumer:sales-dashboard");
        assertThat(impacted(of30))
                .containsExactly("consumer:cfo-office", "version:campaign-targets@1.0.0", "version:churn-scores@1.0.0");
        assertThat(of30.countsByDomain()).containsEntry("finance", 1L).containsEntry("marketing", 2L);
        assertThat(of30.impacted())
                .filteredOn(i -> i.node().id().equals("version:churn-scores@1.0.0"))
                .singleElement()
                .satisfies(i -> assertThat(i.path())
                        .containsExactly(
                                "version:top-10-customers@3.0.0",
                                "version:campaign-targets@1.0.0",
                                "version:churn-scores@1.0.0"));
        assertThat(of30.cycles())
                .containsExactly(List.of("version:campaign-targets@1.0.0", "version:churn-scores@1.0.0"));
    }

    @Test
    void impactPagesGoNearestFirstAndTogetherListEveryNodeOnceWithTheSameTotals() {
        Impact whole = traversals.impact("source:jdbc:erp/invoices", 50);
        assertThat(whole.total()).as("enough nodes for several pages").isGreaterThan(6);

        List<Impact.Impacted> paged = new java.util.ArrayList<>();
        ImpactCursor after = null;
        int pages = 0;
        do {
            Impact page = traversals.impact("source:jdbc:erp/invoices", 50, after, 3);
            assertThat(page.impacted()).hasSizeLessThanOrEqualTo(3).isNotEmpty();
            assertThat(page.total()).isEqualTo(whole.total());
            assertThat(page.countsByDomain()).isEqualTo(whole.countsByDomain());
            paged.addAll(page.impacted());
            after = page.nextCursor() == null ? null : ImpactCursor.decode(page.nextCursor());
            pages++;
        } while (after != null);

        assertThat(pages).isEqualTo((int) ((whole.total() + 2) / 3));
        assertThat(paged).extracting(i -> i.node().id()).doesNotHaveDuplicates();
        assertThat(paged).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(whole.impacted());
        assertThat(paged).extracting(Impact.Impacted::distance).isSorted();
        assertThat(whole.countsByDomain().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(whole.total());
    }

    @Test
    void aCursorThatNoPageGaveIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ImpactCursor.decode("not base64!"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        ImpactCursor.decode(java.util.Base64.getUrlEncoder().encodeToString("x:node".getBytes())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void walksTheDiamondUpstreamToTheRequestedDepth() {
        Subgraph upstream = traversals.subgraph(List.of("version:key-accounts@1.0.0"), Direction.UPSTREAM, 3);

        assertThat(ids(upstream))
                .containsExactly(
                        "source:crm://accounts",
                        "version:customer-segments@1.0.0",
                        "version:customer-value@1.0.0",
                        "version:customers@1.0.0",
                        "version:invoices@1.0.0",
                        "version:key-accounts@1.0.0",
                        "version:paid-invoices@1.4.0");
        assertThat(upstream.truncated()).isTrue();
        assertThat(upstream.cycles()).isEmpty();
    }

    @Test
    void followsTheChainFromASourceToTheBoardWithShortestPaths() {
        Impact impact = traversals.impact("source:jdbc:erp/invoices", 50);

        assertThat(impact.impacted())
                .filteredOn(i -> i.node().id().equals("consumer:board"))
                .singleElement()
                .satisfies(i -> assertThat(i.distance()).isEqualTo(8));
        assertThat(impacted(impact))
                .contains(
                        "version:revenue-daily@1.0.0",
                        "version:revenue-forecast@1.0.0",
                        "version:board-report@1.0.0",
                        "version:key-accounts@1.0.0",
                        "consumer:account-managers",
                        "version:churn-scores@1.0.0");
        assertThat(impact.start().domain()).isEqualTo("finance");
        assertThat(impact.impacted()).extracting(i -> i.node().id()).doesNotHaveDuplicates();
    }

    @Test
    void neverRepeatsANodeInACycleAndFlagsIt() {
        Subgraph both = traversals.subgraph(List.of("version:churn-scores@1.0.0"), Direction.BOTH, 10);

        assertThat(both.nodes()).extracting(Node::id).doesNotHaveDuplicates();
        assertThat(both.cycles())
                .containsExactly(List.of("version:campaign-targets@1.0.0", "version:churn-scores@1.0.0"));
    }

    @Test
    void deregistrationAndRetirementChangeTheAnswers() {
        store.apply(LineageMesh.janeLeaves21());
        LineageMesh.retire21().forEach(store::apply);

        Impact of21 = traversals.impact("version:top-10-customers@2.1.0", 50);

        assertThat(impacted(of21)).containsExactly("consumer:sales-dashboard");
        assertThat(of21.start().status()).isEqualTo("RETIRED");
    }

    /** The catalog's topic read again (a restarted task, a replayed catalog): an input applied before is skipped. */
    @Test
    void anAcceptedInputReadAgainChangesNothing() {
        LineageMesh.Step janeJoins = LineageMesh.steps().stream()
                .filter(step -> step.event().toString().contains("jane.analyst"))
                .findFirst()
                .orElseThrow();
        store.apply(LineageMesh.janeLeaves21());

        store.apply(CatalogDecisions.accepted(janeJoins.domain(), janeJoins.event(), 4, 0)); // its position: 4

        assertThat(impacted(traversals.impact("version:top-10-customers@2.1.0", 50)))
                .containsExactly("consumer:sales-dashboard");
    }

    private static List<String> ids(Subgraph subgraph) {
        return subgraph.nodes().stream().map(Node::id).toList();
    }

    private static List<String> impacted(Impact impact) {
        return impact.impacted().stream().map(i -> i.node().id()).sorted().toList();
    }
}
