package io.meshgov.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.catalog.support.CatalogIntegrationTest;
import io.meshgov.events.ConsumerKind;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.StampedSender;
import io.meshgov.pipeline.PipelineEvents;
import java.time.Duration;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * An input held for a version that never comes is decided as it is once the catalog's stream time (the records' own
 * timestamps, so a replay decides alike) has passed it by the hold window. Its own broker: the test moves a task's
 * stream time six minutes ahead.
 */
@CatalogIntegrationTest
class HoldWindowTests {

    private static final String ORDERS = "orders-report";

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void aRegistrationToAVersionThatNeverComesIsAViolationOnceTheHoldWindowHasPassedInStreamTime() {
        Api api = new Api(port);
        long now = System.currentTimeMillis();
        send("sales", ordersReport("3.0"), now);
        send("finance", registration("early-bird", ORDERS, "9.9"), now + 1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                        api.ok("/api/held?domain=finance").get("totalItems").asInt())
                .isEqualTo(1));

        // the same product's next input, stamped six minutes later: the task's stream time passes the 5-minute window
        send(
                "finance",
                registration("late-comer", ORDERS, "3.0"),
                now + Duration.ofMinutes(6).toMillis());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                        api.ok("/api/violations?rule=lifecycle").get("items").findValuesAsString("reason"))
                .containsExactly("cannot register to orders-report 9.9: no such version is published"));
        assertThat(api.ok("/api/held?domain=finance").get("items").findValuesAsString("productId"))
                .doesNotContain(ORDERS);
        assertThat(api.ok("/api/products/orders-report/versions/3.0")
                        .get("consumers")
                        .findValuesAsString("consumerId"))
                .containsExactly("late-comer");
    }

    private static SpecificRecord ordersReport(String version) {
        return PipelineEvents.published(ORDERS, version)
                .name("Orders report")
                .definition("Orders per day")
                .owner("sales-analytics")
                .code("https://git.acmeco.internal/sales/orders-report", "833c21")
                .endpoint("http://acmeco.internal/data-products/orders-report/v" + version)
                .inputSource("jdbc:postgresql://erp/orders")
                .build();
    }

    private static SpecificRecord registration(String consumer, String productId, String version) {
        return PipelineEvents.consumer(consumer, productId, version)
                .kind(ConsumerKind.SYSTEM)
                .purpose("reporting")
                .contact(consumer + "@acmeco.example")
                .registered();
    }

    private void send(String domain, SpecificRecord event, long timestamp) {
        try (StampedSender sender = new StampedSender(broker.getBrokersAsString())) {
            sender.send(domain, event, timestamp);
        }
    }
}
