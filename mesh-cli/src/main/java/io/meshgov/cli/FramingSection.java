package io.meshgov.cli;

import java.util.List;
import java.util.Map;

/** The benchmark report's section on the two wire framings ({@link FramingLoad}'s figures). */
final class FramingSection {

    private FramingSection() {}

    @SuppressWarnings("unchecked")
    static void append(StringBuilder md, Map<String, Object> framings) {
        double single = rate(framings, "singleObject", "baselineDecode");
        md.append("\n## Wire framings (the same measurements in each; quality-service alone, state kept)\n\n")
                .append("| what | events | seconds | events/s | ratio to (b) single-object |\n"
                        + "|---|---:|---:|---:|---:|\n");
        BenchmarkReport.row(
                md,
                "(b) decode, single-object",
                (Map<String, Object>) framings.get("baselineDecodeSingleObject"),
                single);
        BenchmarkReport.row(
                md,
                "(b) decode, Confluent (ids cached)",
                (Map<String, Object>) framings.get("baselineDecodeConfluent"),
                single);
        for (String framing : List.of("singleObject", "confluent")) {
            Map<String, Object> round = (Map<String, Object>) framings.get(framing);
            BenchmarkReport.row(md, "quality-service, " + framing, (Map<String, Object>) round.get("quality"), single);
        }
        md.append("\nEach round sends its measurements (")
                .append(((Map<String, Object>) ((Map<String, Object>) framings.get("singleObject")).get("publish"))
                        .get("averageBytes"))
                .append(" and ")
                .append(((Map<String, Object>) ((Map<String, Object>) framings.get("confluent")).get("publish"))
                        .get("averageBytes"))
                .append(
                        " bytes on average) with every service stopped; quality then restarts with its state kept and"
                                + " is timed from health UP until the quality topics, its repartition topics and the accepted"
                                + " topic are drained. (b) is one consumer decoding the same records with the services' codec.\n");
    }

    /** events/s of {@code what} ("baselineDecode" or "quality") for one framing. */
    @SuppressWarnings("unchecked")
    static double rate(Map<String, Object> framings, String framing, String what) {
        Map<String, Object> figures = what.equals("baselineDecode")
                ? (Map<String, Object>)
                        framings.get(what + (framing.equals("confluent") ? "Confluent" : "SingleObject"))
                : (Map<String, Object>) ((Map<String, Object>) framings.get(framing)).get(what);
        return BenchmarkReport.num(figures.get("eventsPerSecond"));
    }
}
