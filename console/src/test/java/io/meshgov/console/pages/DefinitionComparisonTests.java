package io.meshgov.console.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.console.pages.DefinitionComparison.Change;
import io.meshgov.console.pages.DefinitionComparison.Word;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefinitionComparisonTests {

    private static final List<Map<String, Object>> TOP_10 = List.of(
            Map.of("version", "2.1.0", "publishedAs", "2.1", "definition", "Top customers by revenue, net of returns"),
            Map.of("version", "2.2.0", "name", "Top 10 customers", "restricted", true),
            Map.of(
                    "version",
                    "3.0.0",
                    "publishedAs",
                    "3.0",
                    "definition",
                    "Top customers by revenue, net-30 and net of returns"));

    @Test
    void comparesTheTwoNewestVersionsWithADefinitionWordByWord() {
        DefinitionComparison comparison = DefinitionComparison.of(TOP_10, null, null);

        assertThat(comparison.from()).isEqualTo("2.1.0");
        assertThat(comparison.to()).isEqualTo("3.0.0");
        assertThat(comparison.choices()).containsExactly("2.1.0", "3.0.0");
        assertThat(comparison.words())
                .filteredOn(w -> w.change() != Change.SAME)
                .containsExactly(new Word("net-30", Change.ADDED), new Word("and", Change.ADDED));
    }

    @Test
    void takesTheVersionsAsChosenInEitherNotation() {
        DefinitionComparison comparison = DefinitionComparison.of(TOP_10, "3.0", "2.1.0");

        assertThat(comparison.words())
                .filteredOn(w -> w.change() == Change.REMOVED)
                .extracting(Word::text)
                .containsExactly("net-30", "and");
    }

    @Test
    void comparesNothingWithFewerThanTwoVisibleDefinitionsOrAnUnknownVersion() {
        assertThat(DefinitionComparison.of(TOP_10.subList(0, 2), null, null)).isNull();
        assertThat(DefinitionComparison.of(TOP_10, "9.9.9", null)).isNull();
    }

    @Test
    void aReplacedWordIsOneRemovalAndOneAddition() {
        assertThat(DefinitionComparison.diff("a b c".split(" "), "a x c".split(" ")))
                .containsExactly(
                        new Word("a", Change.SAME),
                        new Word("b", Change.REMOVED),
                        new Word("x", Change.ADDED),
                        new Word("c", Change.SAME));
    }
}
