package io.meshgov.console.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.console.pages.LineageGraph.Element;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineageGraphTests {

    @Test
    void turnsEachNodeAndEdgeIntoACytoscapeElementWithTheFocalVersionHighlighted() {
        LineageGraph graph = LineageGraph.of(Lineages.top10V21(), Lineages.TOP_10_V21);

        assertThat(graph.collapsed()).isFalse();
        assertThat(graph.nodeCount()).isEqualTo(4);
        Element focal = node(graph, Lineages.TOP_10_V21);
        assertThat(focal.classes()).isEqualTo("version deprecated focal");
        assertThat(focal.data())
                .containsEntry("label", "top-10-customers")
                .containsEntry("domain", "sales")
                .containsEntry("href", "/products/top-10-customers/versions/2.1.0");
        assertThat(node(graph, "consumer:jane.analyst").data()).containsEntry("href", "/consumers/jane.analyst");
        assertThat(node(graph, "source:jdbc:postgresql://erp/customers").data()).doesNotContainKey("href");
        assertThat(graph.elements().get("edges"))
                .extracting(e -> e.data().get("kind"))
                .containsExactly("input", "input", "consumes");
    }

    @Test
    void classesTheInputsRunsReadAndThoseTheReaderDoesNotDeclare() {
        Map<String, Object> observed = new java.util.HashMap<>(
                Lineages.edge("source:jdbc:postgresql://erp/customers", Lineages.TOP_10_V21, "INPUT"));
        observed.put("declared", false);
        observed.put("observed", Map.of("namespace", "jdbc:postgresql://erp", "name", "customers", "lastRunId", "r-1"));
        Map<String, Object> subgraph = new java.util.HashMap<>(Lineages.top10V21());
        subgraph.put(
                "edges", List.of(observed, Lineages.edge(Lineages.TOP_10_V21, "version:churn-model@1.0.0", "INPUT")));

        LineageGraph graph = LineageGraph.of(subgraph, Lineages.TOP_10_V21);

        assertThat(graph.elements().get("edges"))
                .extracting(e -> e.classes() + " " + e.data().getOrDefault("lastRunId", "-"))
                .containsExactly("input observed undeclared r-1", "input -");
    }

    @Test
    void dropsAnEdgeToANodeTheAnswerDoesNotHoldSinceCytoscapeRefusesIt() {
        LineageGraph graph = LineageGraph.of(Lineages.top10V21(), Lineages.TOP_10_V21);

        List<String> ids = graph.elements().get("nodes").stream()
                .map(n -> (String) n.data().get("id"))
                .toList();
        assertThat(graph.elements().get("edges")).hasSize(3).allSatisfy(edge -> assertThat(ids)
                .contains(
                        (String) edge.data().get("source"), (String) edge.data().get("target")));
    }

    @Test
    void givesEachNodeAStableIdThatNeedsNoEscaping() {
        LineageGraph once = LineageGraph.of(Lineages.top10V21(), Lineages.TOP_10_V21);
        LineageGraph again = LineageGraph.of(Lineages.top10V21(), null);

        assertThat(once.elements().get("nodes"))
                .extracting(n -> (String) n.data().get("id"))
                .containsExactlyElementsOf(again.elements().get("nodes").stream()
                        .map(n -> (String) n.data().get("id"))
                        .toList())
                .allMatch(id -> id.matches("[A-Za-z][A-Za-z0-9_-]*"))
                .contains("n-source_3a_jdbc_3a_postgresql_3a__2f__2f_erp_2f_customers");
        assertThat(DomIds.of("n", "a_b")).isNotEqualTo(DomIds.of("n", "a b"));
    }

    @Test
    void foldsNodesByDomainAboveTheThresholdKeepingTheFocalVersionApart() {
        LineageGraph graph = LineageGraph.of(Lineages.wide(LineageGraph.COLLAPSE_ABOVE, 3), Lineages.TOP_10_V21);

        assertThat(graph.collapsed()).isTrue();
        assertThat(graph.truncated()).isTrue();
        assertThat(graph.nodeCount()).isEqualTo(LineageGraph.COLLAPSE_ABOVE + 1);
        assertThat(graph.elements().get("nodes"))
                .extracting(n -> n.data().get("label"))
                .containsExactly("top-10-customers", "domain-0 (100)", "domain-1 (100)", "domain-2 (100)");
        assertThat(graph.elements().get("edges")).hasSize(3).allSatisfy(edge -> assertThat(edge.data())
                .containsEntry("count", 100));
    }

    @Test
    void keepsEveryNodeAtTheThreshold() {
        LineageGraph graph = LineageGraph.of(Lineages.wide(LineageGraph.COLLAPSE_ABOVE - 1, 3), Lineages.TOP_10_V21);

        assertThat(graph.collapsed()).isFalse();
        assertThat(graph.elements().get("nodes")).hasSize(LineageGraph.COLLAPSE_ABOVE);
    }

    @Test
    void anAnswerWithoutNodesIsAnEmptyGraph() {
        LineageGraph graph = LineageGraph.of(Map.of("truncated", false), null);

        assertThat(graph.elements()).containsEntry("nodes", List.of()).containsEntry("edges", List.of());
    }

    @Test
    void embeddedJsonCannotCloseItsScriptElement() {
        String json = EmbeddedJson.of(Map.of("label", "</script><script>alert(1)</script> & more"));

        assertThat(json).doesNotContain("<", ">", "&").contains("\\u003c/script\\u003e");
    }

    private static Element node(LineageGraph graph, String key) {
        return graph.elements().get("nodes").stream()
                .filter(n -> key.equals(n.data().get("key")))
                .findFirst()
                .orElseThrow();
    }
}
