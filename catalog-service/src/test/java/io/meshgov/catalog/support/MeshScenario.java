package io.meshgov.catalog.support;

import io.meshgov.events.ConsumerKind;
import io.meshgov.events.DataProductVersionPublished;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.Domains;
import io.meshgov.pipeline.PipelineEvents;
import java.time.Duration;
import java.util.List;

/**
 * A mesh of four domains and twelve products: each has 1.0, every third also 2.0 with 1.0 deprecated for it;
 * consumers from the next domain register to 1.0; marketing once tries to publish a product it does not own.
 */
public final class MeshScenario {

    public static final List<String> DOMAINS = List.of("sales", "finance", "marketing", "customer");
    public static final int PRODUCTS = 12;

    private MeshScenario() {}

    public static String productId(int i) {
        return "product-" + i;
    }

    public static String domainOf(int i) {
        return DOMAINS.get(i % DOMAINS.size());
    }

    /**
     * Publishes every version, runs {@code published} (which waits until the catalog has them), then the rest:
     * registrations travel on other domains' topics, and Kafka orders a topic, not topics, so a consumer registers
     * to a version the catalog already knows, as in a real mesh (docs/reliability.md, "order across topics").
     */
    public static void publish(Domains domains, Runnable published) {
        for (int i = 0; i < PRODUCTS; i++) {
            domains.publish(domainOf(i), version(i, "1.0"));
            if (i % 3 == 0) domains.publish(domainOf(i), version(i, "2.0"));
        }
        published.run();
        for (int i = 0; i < PRODUCTS; i++) {
            for (int c = 0; c <= i % 3; c++) {
                domains.publish(
                        DOMAINS.get((i + 1) % DOMAINS.size()),
                        PipelineEvents.consumer("consumer-" + c, productId(i), "1.0")
                                .kind(c == 0 ? ConsumerKind.SYSTEM : ConsumerKind.HUMAN)
                                .purpose("reporting")
                                .contact("consumer-" + c + "@acmeco.example")
                                .occurredAt(MeshFixtures.T0.plus(Duration.ofDays(1)))
                                .registered());
            }
            if (i % 3 == 0) {
                domains.publish(
                        domainOf(i),
                        PipelineEvents.lifecycle(productId(i), "1.0")
                                .reason("2.0 supersedes it")
                                .occurredAt(MeshFixtures.T0.plus(Duration.ofDays(31)))
                                .sunsetAt(MeshFixtures.T0.plus(Duration.ofDays(91)))
                                .replacedBy("2.0")
                                .deprecated());
            }
        }
        domains.publish("marketing", version(0, "1.1"));
    }

    private static DataProductVersionPublished version(int i, String version) {
        return PipelineEvents.published(productId(i), version)
                .occurredAt(MeshFixtures.T0)
                .name("Product " + i)
                .definition("Definition of product " + i + " " + version)
                .owner(domainOf(i) + "-team")
                .code("https://git.acmeco.internal/" + domainOf(i) + "/product-" + i, "abcdef" + i)
                .endpoint("http://acmeco.internal/data-products/product-" + i + "/v" + version)
                .inputSource("jdbc:postgresql://erp/" + i)
                .build();
    }
}
