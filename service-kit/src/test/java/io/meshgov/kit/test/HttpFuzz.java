package io.meshgov.kit.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Thousands of GETs built from an API's path templates with hostile values in every slot ({@code {}} marks one):
 * empty, huge, negative and overflowing numbers, traversal attempts, Unicode edge cases, malformed versions and
 * dates. Every answer must be below 500, and every error a problem+json document.
 */
public final class HttpFuzz {

    private static final String[] NASTY = {
        "",
        " ",
        "0",
        "-1",
        "2147483648",
        "-2147483649",
        "99999999999999999999",
        "1e309",
        "NaN",
        "Infinity",
        "null",
        "..",
        "../../etc/passwd",
        "%2e%2e%2f",
        "\u0000",
        "\uD83D\uDE00",
        "\u202Etxt",
        "é",
        "Ω≈ç√",
        "<script>",
        "' OR 1=1 --",
        "2.1",
        "2.1.0",
        "02.1",
        "2.1.0.0",
        "2.1-",
        "2.1.0+build",
        "v2",
        "-2.1",
        "2026-13-45",
        "2026-01-05T09:00:00Z",
        "UPSTREAM",
        "downstream",
        "sideways",
        "OPEN",
        "ESCALATED",
        "lifecycle",
        "top-10-customers",
        "Top-10",
        "a".repeat(300),
        "x".repeat(5000),
        "%",
        "%%",
        "%ZZ",
        "a/b",
        "a;b",
        "a?b"
    };

    private static final long SEED = 20261124L;

    private HttpFuzz() {}

    /** Fills each template's slots with values drawn from {@code NASTY} and random strings; deterministic per seed. */
    private static List<String> paths(List<String> templates, int count, long seed) {
        Random random = new Random(seed);
        List<String> paths = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String template = templates.get(random.nextInt(templates.size()));
            StringBuilder path = new StringBuilder();
            int from = 0;
            for (int slot = template.indexOf("{}"); slot >= 0; slot = template.indexOf("{}", from)) {
                path.append(template, from, slot).append(encode(value(random)));
                from = slot + 2;
            }
            paths.add(path.append(template.substring(from)).toString());
        }
        return paths;
    }

    /** Sends every path; fails on the first 5xx or non-problem error, naming the path. */
    private static int run(Api api, List<String> paths) {
        int errors = 0;
        for (String path : paths) {
            Api.Answer answer = api.get(path);
            assertThat(answer.status()).as("GET %s -> %s", path, answer.raw()).isLessThan(500);
            if (answer.status() >= 400) {
                errors++;
                assertThat(answer.contentType())
                        .as("GET %s answered %d", path, answer.status())
                        .startsWith("application/problem+json");
            }
        }
        return errors;
    }

    /**
     * Sends {@code count} paths from {@code templates} (the same ones every run) and checks that {@code state}, read
     * before and after, is unchanged: no GET changes anything. Returns how many were refused.
     */
    public static int refusalsChangingNothing(Api api, List<String> templates, int count, Supplier<String> state) {
        String before = state.get();
        int errors = run(api, paths(templates, count, SEED));
        assertThat(state.get()).as("what the API answers after the fuzzing").isEqualTo(before);
        return errors;
    }

    private static String value(Random random) {
        if (random.nextInt(4) > 0) return NASTY[random.nextInt(NASTY.length)];
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) s.appendCodePoint(1 + random.nextInt(0x2FFF));
        return s.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
