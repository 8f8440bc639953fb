package io.meshgov.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventSerdesTests {

    @Test
    void productTopicsAcceptEveryLifecycleEvent() {
        var serde = EventSerdes.productEvents();
        for (var event : java.util.List.of(
                InputSamples.top10CustomersV21(),
                InputSamples.top10V21DeprecatedFor30(),
                InputSamples.top10V21Retired())) {
            byte[] bytes = serde.serializer().serialize("mesh.sales.products", event);
            assertThat(serde.deserializer().deserialize("mesh.sales.products", bytes))
                    .isEqualTo(event);
        }
    }

    @Test
    void rejectsAnEventThatDoesNotBelongOnTheTopic() {
        byte[] measurement =
                EventSerdes.qualityMeasured().serializer().serialize("t", InputSamples.completenessOfV21(0.9));

        assertThatThrownBy(() ->
                        EventSerdes.productEvents().deserializer().deserialize("mesh.sales.products", measurement))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("io.meshgov.events.QualityMeasured does not belong on mesh.sales.products");
    }

    @Test
    void rejectsATombstone() {
        assertThatThrownBy(() -> EventSerdes.consumerEvents().deserializer().deserialize("mesh.sales.consumers", null))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("tombstone");
    }
}
