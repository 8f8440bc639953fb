package io.meshgov.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever bytes arrive, the decoder returns an event or raises {@link EventDecodingException}, and the
 * memory it allocates is bounded by the size of its input, not by what the input claims.
 */
class DecoderFuzzTests {

    private static final long SEED = 20261124L;
    private static final int CASES = 6_000;
    private static final long ALLOCATION_ALLOWANCE = 256 * 1024;

    private final SingleObjectCodec codec = SingleObjectCodec.standard();
    private final List<byte[]> valid =
            EventSamples.oneOfEachType().stream().map(codec::encode).toList();

    @Test
    void everyRandomOrMutatedInputDecodesOrRaisesTheTypedExceptionWithinBoundedMemory() {
        valid.forEach(codec::decode); // warm up the schema resolvers, which are built once per writer schema
        Random random = new Random(SEED);
        int decoded = 0, rejected = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] input = i % 3 == 0 ? randomBytes(random) : mutate(valid.get(random.nextInt(valid.size())), random);
            Outcome outcome = decode(input, i);
            if (outcome.event != null) decoded++;
            else rejected++;
            assertThat(outcome.allocated)
                    .as("bytes allocated for case %d (%d input bytes)", i, input.length)
                    .isLessThan(ALLOCATION_ALLOWANCE + 64L * input.length);
        }
        assertThat(rejected).as("most mutations are caught").isGreaterThan(CASES / 2);
        assertThat(decoded)
                .as("some mutations still decode (a changed character in a string)")
                .isPositive();
    }

    private record Outcome(SpecificRecord event, long allocated) {}

    private Outcome decode(byte[] input, int caseNumber) {
        SpecificRecord[] result = new SpecificRecord[1];
        long allocated = Allocation.measure(() -> {
            returnsOrRaisesTheTypedException(input, caseNumber, () -> {
                result[0] = codec.decode(input);
                assertThat(result[0]).isNotNull();
                assertThat(codec.peek(input).productId()).isEqualTo(MeshEventType.productIdOf(result[0]));
            });
            returnsOrRaisesTheTypedException(input, caseNumber, () -> codec.peek(input));
        });
        return new Outcome(result[0], allocated);
    }

    /** Runs a read of {@code input}; anything but a return or an {@link EventDecodingException} fails the case. */
    private static void returnsOrRaisesTheTypedException(byte[] input, int caseNumber, Runnable read) {
        try {
            read.run();
        } catch (EventDecodingException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        } catch (Throwable other) {
            fail(
                    "case %d (seed %d) escaped with %s for input %s",
                    caseNumber, SEED, other, HexFormat.of().formatHex(input));
        }
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A valid record with one kind of damage: flipped bits, cut, grown, or a field length replaced by a huge one. */
    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int start = SingleObjectCodec.HEADER_LENGTH;
        switch (random.nextInt(5)) {
            case 0 -> {
                for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                    int at = start + random.nextInt(bytes.length - start);
                    bytes[at] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> bytes = java.util.Arrays.copyOf(bytes, start + random.nextInt(bytes.length - start));
            case 2 -> {
                byte[] grown = java.util.Arrays.copyOf(bytes, bytes.length + 1 + random.nextInt(16));
                for (int at = bytes.length; at < grown.length; at++) grown[at] = (byte) random.nextInt();
                bytes = grown;
            }
            case 3 -> {
                int at = start + random.nextInt(bytes.length - start - 5);
                byte[] huge = {(byte) 0xfe, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f};
                System.arraycopy(huge, 0, bytes, at, huge.length);
            }
            default -> {
                int at = random.nextInt(bytes.length);
                bytes[at] = (byte) random.nextInt();
            }
        }
        return bytes;
    }
}
