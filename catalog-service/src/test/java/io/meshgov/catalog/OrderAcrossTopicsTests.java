package io.meshgov.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.catalog.support.CatalogIntegrationTest;
import io.meshgov.events.EventAccepted;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.StampedSender;
import io.meshgov.kit.test.TopicReader;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.EventSerdes;
import java.time.Duration;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * A domain's topics are not ordered with each other's: a registration may arrive before the publication it names.
 * The catalog holds such an input until the version is published (then decides it, and announces it as accepted
 * in that order), or until its stream time has passed the input by the hold window (then decides it as it is).
 */
@CatalogIntegrationTest
class OrderAcrossTopicsTests {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void aRegistrationThatArrivesBeforeItsVersionWaitsForItAndIsAcceptedAfterIt() {
        Api api = new Api(port);
        long now = System.currentTimeMillis();
        send("finance", MeshFixtures.analystOnV21(), now);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                        api.ok("/api/held?domain=finance").get("items").findValuesAsString("awaitedVersion"))
                .containsExactly("2.1.0"));
        assertThat(api.get("/api/products/top-10-customers").status()).isEqualTo(404);

        send("sales", MeshFixtures.top10CustomersV21(), now + 1);

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(api.ok("/api/products/top-10-customers/versions/2.1")
                                .get("consumers")
                                .findValuesAsString("consumerId"))
                        .containsExactly("jane.analyst"));
        assertThat(api.ok("/api/held?domain=finance").get("items").findValuesAsString("productId"))
                .doesNotContain(MeshFixtures.TOP_10);
        assertThat(api.ok("/api/violations").get("items").findValuesAsString("productId"))
                .doesNotContain(MeshFixtures.TOP_10);
        assertThat(accepted())
                .extracting(a -> a.getPosition() + " "
                        + ((SpecificRecord) a.getEvent()).getSchema().getName())
                .containsExactly("1 DataProductVersionPublished", "2 ConsumerRegistered");
    }

    private void send(String domain, SpecificRecord event, long timestamp) {
        try (StampedSender sender = new StampedSender(broker.getBrokersAsString())) {
            sender.send(domain, event, timestamp);
        }
    }

    private List<EventAccepted> accepted() {
        return TopicReader.readAll(
                        broker.getBrokersAsString(),
                        Topics.GOVERNANCE_ACCEPTED,
                        EventSerdes.accepted().deserializer(),
                        Duration.ofSeconds(2))
                .stream()
                .map(r -> r.value())
                .filter(a -> a.getProductId().equals(MeshFixtures.TOP_10))
                .toList();
    }
}
