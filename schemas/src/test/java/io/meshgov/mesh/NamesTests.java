package io.meshgov.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NamesTests {

    @Test
    void productIdsAreLowerCaseSlugs() {
        assertThat(ProductId.of("top-10-customers").value()).isEqualTo("top-10-customers");
        for (String bad : new String[] {"Top-10", "top--10", "-top", "top_10", "top 10", "", "a".repeat(129)}) {
            assertThatThrownBy(() -> ProductId.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void domainNamesFollowTheTopicSyntaxAndAvoidReservedPrefixes() {
        assertThat(DomainName.of("sales").value()).isEqualTo("sales");
        assertThatThrownBy(() -> DomainName.of("s")).hasMessageContaining("[a-z][a-z0-9-]{1,62}");
        assertThatThrownBy(() -> DomainName.of("Sales")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DomainName.of("governance")).hasMessageContaining("reserved");
    }

    @Test
    void inputTopicsNameTheirDomainAndServiceTopicsNameNone() {
        assertThat(InputTopic.PRODUCTS.topicOf(DomainName.of("sales"))).isEqualTo("mesh.sales.products");
        assertThat(InputTopic.PRODUCTS.domainOf("mesh.sales.products")).contains(DomainName.of("sales"));
        assertThat(InputTopic.QUALITY.domainOf("mesh.quality.status")).isEmpty();
        assertThat(InputTopic.CONSUMERS.domainOf("mesh.sales.products")).isEmpty();
        assertThat(Topics.anyOf(InputTopic.PRODUCTS, InputTopic.CONSUMERS)
                        .matcher("mesh.finance.consumers")
                        .matches())
                .isTrue();
        assertThat(Topics.anyOf(InputTopic.PRODUCTS, InputTopic.CONSUMERS)
                        .matcher(Topics.GOVERNANCE_VIOLATIONS)
                        .matches())
                .isFalse();
    }
}
