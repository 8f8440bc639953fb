package io.meshgov.kit.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedCacheTests {

    private final List<String> parsed = new ArrayList<>();
    private final ParsedCache<String> cache = new ParsedCache<>(
            bytes -> {
                String value = new String(bytes, StandardCharsets.UTF_8);
                parsed.add(value);
                return value;
            },
            10);

    @Test
    void parsesTheSameBytesOnce() {
        assertThat(cache.parse("a", bytes("one"))).isEqualTo("one");
        assertThat(cache.parse("a", bytes("one"))).isEqualTo("one");

        assertThat(parsed).containsExactly("one");
    }

    @Test
    void neverAnswersWhatTheStoreNoLongerHolds() {
        cache.parse("a", bytes("one"));

        assertThat(cache.parse("a", bytes("two"))).isEqualTo("two");
        assertThat(cache.parse("a", null)).isNull();
        assertThat(parsed).containsExactly("one", "two");
    }

    @Test
    void aWrittenValueIsNotParsedWhenReadBack() {
        byte[] written = bytes("three");
        cache.remember("a", written, "three");

        assertThat(cache.parse("a", bytes("three"))).isEqualTo("three");
        assertThat(parsed).isEmpty();
    }

    @Test
    void dropsTheLeastRecentlyUsedPastItsBound() {
        cache.parse("a", bytes("aaaa"));
        cache.parse("b", bytes("bbbb"));
        cache.parse("a", bytes("aaaa")); // a is now the most recent
        cache.parse("c", bytes("cccc")); // 12 bytes > 10: b goes

        cache.parse("a", bytes("aaaa"));
        cache.parse("b", bytes("bbbb"));

        assertThat(parsed).containsExactly("aaaa", "bbbb", "cccc", "bbbb");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
