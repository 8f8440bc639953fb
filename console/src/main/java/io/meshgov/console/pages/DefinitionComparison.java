package io.meshgov.console.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The definitions of two versions of a product, compared word by word: what a consumer reads to learn what changed
 * between 2.1 and 3.0. By default the two newest versions the caller may see; {@code from} and {@code to} choose.
 */
record DefinitionComparison(String from, String to, List<Word> words, List<String> choices) {

    enum Change {
        SAME,
        REMOVED,
        ADDED
    }

    record Word(String text, Change change) {}

    /** Empty when fewer than two versions with a definition are visible or a chosen version is not among them. */
    static DefinitionComparison of(List<Map<String, Object>> versions, String from, String to) {
        List<Map<String, Object>> defined = versions.stream()
                .filter(v -> v.get("definition") instanceof String)
                .toList();
        List<String> choices =
                defined.stream().map(v -> (String) v.get("version")).toList();
        if (defined.size() < 2) return null;
        String older = from != null ? from : choices.get(choices.size() - 2);
        String newer = to != null ? to : choices.get(choices.size() - 1);
        String a = definition(defined, older), b = definition(defined, newer);
        if (a == null || b == null) return null;
        return new DefinitionComparison(older, newer, diff(a.split("\\s+"), b.split("\\s+")), choices);
    }

    private static String definition(List<Map<String, Object>> defined, String version) {
        return defined.stream()
                .filter(v -> Objects.equals(v.get("version"), version) || Objects.equals(v.get("publishedAs"), version))
                .map(v -> (String) v.get("definition"))
                .findFirst()
                .orElse(null);
    }

    /** A longest-common-subsequence diff of two word lists (definitions are bounded to 16 KiB by governance). */
    static List<Word> diff(String[] a, String[] b) {
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] =
                        a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Word> words = new ArrayList<>();
        int i = 0, j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                words.add(new Word(a[i++], Change.SAME));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) words.add(new Word(a[i++], Change.REMOVED));
            else words.add(new Word(b[j++], Change.ADDED));
        }
        while (i < a.length) words.add(new Word(a[i++], Change.REMOVED));
        while (j < b.length) words.add(new Word(b[j++], Change.ADDED));
        return words;
    }
}
