package io.meshgov.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meshgov.events.DataProductVersionPublished;
import io.meshgov.events.QualityMeasured;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.junit.jupiter.api.Test;

class SingleObjectCodecTests {

    private final SingleObjectCodec codec = SingleObjectCodec.standard();

    @Test
    void writesTheSpecificationsHeaderMarkerAndLittleEndianFingerprint() {
        DataProductVersionPublished event = InputSamples.top10CustomersV21();

        byte[] bytes = codec.encode(event);

        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        long fingerprint =
                ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertThat(fingerprint).isEqualTo(SingleObjectCodec.fingerprint(DataProductVersionPublished.getClassSchema()));
    }

    @Test
    void producesTheSameBytesAsAvrosOwnSingleObjectEncoder() throws Exception {
        DataProductVersionPublished event = InputSamples.top10CustomersV21();

        byte[] ours = codec.encode(event);
        ByteBuffer avros = DataProductVersionPublished.getEncoder().encode(event);

        assertThat(ours).isEqualTo(Arrays.copyOfRange(avros.array(), avros.position(), avros.limit()));
        assertThat(DataProductVersionPublished.getDecoder().decode(ours)).isEqualTo(event);
    }

    @Test
    void roundTripsEveryEventType() {
        for (var event : EventSamples.oneOfEachType()) {
            assertThat(codec.decode(codec.encode(event)))
                    .as(event.getSchema().getName())
                    .isEqualTo(event);
        }
    }

    @Test
    void peeksTheTypeAndProductOfEveryEventTypeWithoutDecodingIt() {
        for (var event : EventSamples.oneOfEachType()) {
            assertThat(codec.peek(codec.encode(event)))
                    .as(event.getSchema().getName())
                    .isEqualTo(new SingleObjectCodec.Peeked(MeshEventType.of(event), MeshEventType.productIdOf(event)));
        }
    }

    @Test
    void refusesToPeekARecordCutInsideItsFirstFields() {
        byte[] whole = codec.encode(InputSamples.salesDashboardOnV21());
        byte[] cut = Arrays.copyOf(whole, SingleObjectCodec.HEADER_LENGTH + 40); // inside the productId

        assertThatThrownBy(() -> codec.peek(cut))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("cannot decode io.meshgov.events.ConsumerRegistered")
                .hasMessageContaining("runs past the end");
    }

    @Test
    void decodesARecordWrittenWithAnOlderReleasedSchemaIntoTodaysClass() throws Exception {
        Schema v1 = ReleasedSchemas.load().of(MeshEventType.QUALITY_MEASURED).stream()
                .filter(r -> r.version() == 1)
                .findFirst()
                .orElseThrow()
                .schema();
        assertThat(v1.getField("unit")).as("v1 predates the unit field").isNull();
        GenericRecord old = new GenericData.Record(v1);
        old.put("eventId", "6f1c2f7e-0a8e-4d7c-9a53-0b7c1f1d2e3a");
        old.put("occurredAt", 1_767_600_000_000L);
        old.put("productId", "top-10-customers");
        old.put("version", "2.1");
        old.put("kpi", "completeness");
        old.put("value", 0.97);
        old.put("measuredAt", 1_767_599_000_000L);
        old.put("runId", "run-1");
        ByteBuffer written = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1).encode(old);

        QualityMeasured decoded =
                (QualityMeasured) codec.decode(Arrays.copyOfRange(written.array(), 0, written.limit()));

        assertThat(decoded.getKpi()).isEqualTo("completeness");
        assertThat(decoded.getValue()).isEqualTo(0.97);
        assertThat(decoded.getMeasuredAt().toEpochMilli()).isEqualTo(1_767_599_000_000L);
        assertThat(decoded.getUnit()).as("field added in v2 takes its default").isNull();
    }

    @Test
    void rejectsEmptyAndShortRecords() {
        assertThatThrownBy(() -> codec.decode(new byte[0]))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> codec.decode(new byte[] {(byte) 0xC3, 0x01, 1, 2}))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("shorter than the 10-byte");
    }

    @Test
    void rejectsAWrongMarker() {
        byte[] bytes = codec.encode(InputSamples.top10CustomersV21());
        bytes[0] = 0x7b; // '{': someone wrote JSON

        assertThatThrownBy(() -> codec.decode(bytes))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("wrong marker 0x7B 0x01");
    }

    @Test
    void rejectsAnUnknownFingerprint() {
        byte[] bytes = codec.encode(InputSamples.top10CustomersV21());
        bytes[5] ^= 0x55;

        assertThatThrownBy(() -> codec.decode(bytes))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("unknown schema fingerprint");
    }

    @Test
    void rejectsATruncatedBodyAndTrailingBytes() {
        byte[] bytes = codec.encode(InputSamples.top10CustomersV21());

        assertThatThrownBy(() -> codec.decode(Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("DataProductVersionPublished")
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> codec.decode(Arrays.copyOf(bytes, bytes.length + 2)))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("trailing bytes");
    }

    @Test
    void rejectsAHugeLengthPrefixWithoutAllocatingIt() {
        byte[] header = Arrays.copyOf(codec.encode(InputSamples.top10CustomersV21()), SingleObjectCodec.HEADER_LENGTH);
        // eventId claims 2^30 bytes: zig-zag varint of 1073741824 is 0x80 0x80 0x80 0x80 0x08.
        byte[] bytes = Arrays.copyOf(header, header.length + 5);
        System.arraycopy(new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x08}, 0, bytes, 10, 5);

        long allocated = Allocation.measure(() -> {
            assertThatThrownBy(() -> codec.decode(bytes))
                    .isInstanceOf(EventDecodingException.class)
                    .hasMessageContaining("does not fit");
        });

        assertThat(allocated).isLessThan(1_000_000);
    }
}
