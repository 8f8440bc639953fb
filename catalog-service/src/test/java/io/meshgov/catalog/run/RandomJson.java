package io.meshgov.catalog.run;

import java.util.Random;

/** Random JSON documents, and random edits of a valid one, for the reader's fuzz test. */
public final class RandomJson {

    private static final String[] KEYS = {
        "eventType",
        "eventTime",
        "run",
        "runId",
        "job",
        "namespace",
        "name",
        "inputs",
        "outputs",
        "facets",
        "inputFacets",
        "outputFacets",
        "dataQualityMetrics",
        "rowCount",
        "columnMetrics",
        "nullCount",
        "dataQualityAssertions",
        "assertions",
        "assertion",
        "success",
        "column",
        "x"
    };
    private static final String[] ATOMS = {
        "null",
        "true",
        "false",
        "0",
        "-1",
        "1e309",
        "9223372036854775808",
        "\"COMPLETE\"",
        "\"START\"",
        "\"2026-12-01T00:00:00Z\"",
        "\"0190f1b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b\"",
        "\"\"",
        "\"\\u0000\"",
        "1.5"
    };

    private RandomJson() {}

    public static String document(Random random) {
        StringBuilder out = new StringBuilder();
        value(out, random, 0);
        return out.toString();
    }

    /** The valid document with a few characters replaced, deleted or duplicated. */
    public static String mutate(String valid, Random random) {
        StringBuilder out = new StringBuilder(valid);
        for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> out.setCharAt(at, "{}[]\":,0a-".charAt(random.nextInt(10)));
                case 1 -> out.deleteCharAt(at);
                default -> out.insert(at, out.charAt(at));
            }
        }
        return out.toString();
    }

    private static void value(StringBuilder out, Random random, int depth) {
        int kind = depth > 5 ? 2 : random.nextInt(3);
        if (kind == 0) {
            out.append('{');
            for (int i = random.nextInt(5); i > 0; i--) {
                out.append('"').append(KEYS[random.nextInt(KEYS.length)]).append("\":");
                value(out, random, depth + 1);
                if (i > 1) out.append(',');
            }
            out.append('}');
        } else if (kind == 1) {
            out.append('[');
            for (int i = random.nextInt(4); i > 0; i--) {
                value(out, random, depth + 1);
                if (i > 1) out.append(',');
            }
            out.append(']');
        } else {
            out.append(ATOMS[random.nextInt(ATOMS.length)]);
        }
    }
}
