package io.meshgov.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The framing decisions that need no registry; what needs one (ids, foreign schemas, outages) is tested against a real
 * Apicurio Registry in e2e-tests (ConfluentFramingTests).
 */
class EventCodecTests {

    private final EventCodec codec = EventCodec.singleObject();

    @Test
    void decodesAndPeeksSingleObjectRecordsAsTheSingleObjectCodecDoes() {
        SingleObjectCodec single = SingleObjectCodec.standard();
        for (var event : EventSamples.oneOfEachType()) {
            byte[] bytes = single.encode(event);
            assertThat(codec.encode(event)).as(event.getSchema().getName()).isEqualTo(bytes);
            assertThat(codec.decode(bytes)).isEqualTo(event);
            assertThat(codec.peek(bytes)).isEqualTo(single.peek(bytes));
        }
    }

    @Test
    void refusesAConfluentFramedRecordWithoutARegistryNamingTheSettingThatWouldReadIt() {
        byte[] body = SingleObjectCodec.standard().encode(InputSamples.top10CustomersV21());
        byte[] framed = new byte[5 + body.length - 10];
        framed[4] = 42; // schema id 42
        System.arraycopy(body, 10, framed, 5, body.length - 10);

        assertThatThrownBy(() -> codec.decode(framed))
                .isInstanceOf(EventDecodingException.class)
                .hasMessage("Confluent-framed record (schema id 42) but no schema registry is configured"
                        + " (MESHGOV_SCHEMA_REGISTRY_URL)");
        assertThatThrownBy(() -> codec.peek(framed)).isInstanceOf(EventDecodingException.class);
    }

    @Test
    void refusesAConfluentHeaderCutShort() {
        assertThatThrownBy(() -> codec.decode(new byte[] {0, 0, 1}))
                .isInstanceOf(EventDecodingException.class)
                .hasMessage("record of 3 bytes is shorter than the 5-byte Confluent header");
    }

    @Test
    void namesBothFramingsWhenTheFirstByteIsNeither() {
        byte[] json = "{\"productId\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> codec.decode(json))
                .isInstanceOf(EventDecodingException.class)
                .hasMessage("wrong marker 0x7B 0x22: not Avro single-object encoding (expected 0xC3 0x01) nor the"
                        + " Confluent framing (0x00)");
        assertThatThrownBy(() -> codec.decode(Arrays.copyOf(json, 0))).hasMessage("empty record: no bytes to decode");
    }
}
