package io.meshgov.console.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.console.pages.ImpactByDomain.Group;
import io.meshgov.console.pages.ImpactByDomain.Row;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImpactByDomainTests {

    private static final Map<String, Object> START =
            Lineages.version("top-10-customers", "2.1.0", "sales", "DEPRECATED");

    @Test
    void groupsWhoBreaksByDomainConsumersFirstNearestFirst() {
        Map<String, Object> impact = Map.of(
                "start",
                START,
                "impacted",
                List.of(
                        impacted(Lineages.version("churn-model", "1.0.0", "marketing", "ACTIVE"), 1),
                        impacted(Lineages.node("consumer:crm-sync", "CONSUMER", "crm-sync", "marketing"), 2),
                        impacted(Lineages.node("consumer:jane.analyst", "CONSUMER", "jane.analyst", "finance"), 1)),
                "truncated",
                false);

        ImpactByDomain table = ImpactByDomain.of(impact);

        assertThat(table.start()).isEqualTo(Lineages.TOP_10_V21);
        assertThat(table.total()).isEqualTo(3);
        assertThat(table.truncated()).isFalse();
        assertThat(table.groups()).extracting(Group::domain).containsExactly("finance", "marketing");
        Group marketing = table.groups().get(1);
        assertThat(marketing.consumers())
                .extracting(Row::label, Row::href, Row::distance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("crm-sync", "/consumers/crm-sync", 2));
        assertThat(marketing.versions())
                .extracting(Row::href, Row::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/products/churn-model/versions/1.0.0", "ACTIVE"));
    }

    @Test
    void showsThePathWithoutTheKindOfEachNodeAndSaysWhenTheServiceStopped() {
        Map<String, Object> impact = Map.of(
                "start",
                START,
                "impacted",
                List.of(Map.of(
                        "node",
                        Lineages.node("consumer:jane analyst/eu", "CONSUMER", "jane", null),
                        "distance",
                        1,
                        "path",
                        List.of(Lineages.TOP_10_V21, "consumer:jane analyst/eu"))),
                "cycles",
                List.of(List.of("version:a@1.0.0", "version:b@1.0.0")),
                "truncated",
                true);

        ImpactByDomain table = ImpactByDomain.of(impact);

        assertThat(table.truncated()).isTrue();
        assertThat(table.cycles()).containsExactly(List.of("version:a@1.0.0", "version:b@1.0.0"));
        Row jane = table.groups().get(0).consumers().get(0);
        assertThat(table.groups().get(0).domain()).isEqualTo(LineageGraph.NO_DOMAIN);
        assertThat(jane.path()).isEqualTo("top-10-customers@2.1.0 → jane analyst/eu");
        assertThat(jane.href()).isEqualTo("/consumers/jane%20analyst%2Feu");
    }

    @Test
    void aFirstPageListsTheNearestAndEveryDomainKeepsItsFullCount() {
        Map<String, Object> impact = Map.of(
                "start",
                START,
                "impacted",
                List.of(impacted(Lineages.node("consumer:jane.analyst", "CONSUMER", "jane.analyst", "finance"), 1)),
                "total",
                250,
                "countsByDomain",
                Map.of("finance", 200, "marketing", 49, "null", 1),
                "truncated",
                false);

        ImpactByDomain table = ImpactByDomain.of(impact);

        assertThat(table.total()).isEqualTo(250);
        assertThat(table.listed()).isEqualTo(1);
        assertThat(table.groups())
                .extracting(Group::domain, Group::size)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("finance", 200L),
                        org.assertj.core.groups.Tuple.tuple("marketing", 49L),
                        org.assertj.core.groups.Tuple.tuple(LineageGraph.NO_DOMAIN, 1L));
    }

    @Test
    void nothingDownstreamIsAnEmptyTable() {
        ImpactByDomain table = ImpactByDomain.of(Map.of("start", START, "impacted", List.of()));

        assertThat(table.groups()).isEmpty();
        assertThat(table.total()).isZero();
    }

    private static Map<String, Object> impacted(Map<String, Object> node, int distance) {
        return Map.of("node", node, "distance", distance, "path", List.of(Lineages.TOP_10_V21, node.get("id")));
    }
}
