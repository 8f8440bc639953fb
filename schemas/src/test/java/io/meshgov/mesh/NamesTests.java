package io.meshgov.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * A service subscribes to every domain's inputs by pattern, so a platform topic matching one is read as input
     * and dead-lettered (mesh.alerts.quality was, by quality-service, until this test).
     */
    @Test
    void noPlatformTopicMatchesTheInputPatternServicesSubscribeWith() throws IllegalAccessException {
        List<String> platform = new ArrayList<>();
        for (Field field : Topics.class.getFields()) {
            if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
                platform.add((String) field.get(null));
            }
        }

        assertThat(platform).contains(Topics.ALERTS, Topics.QUALITY_ALERTS, Topics.QUALITY_STATUS);
        assertThat(platform).allSatisfy(topic -> assertThat(
                        Topics.anyOf(InputTopic.values()).matcher(topic).matches())
                .as(topic)
                .isFalse());
    }
}
