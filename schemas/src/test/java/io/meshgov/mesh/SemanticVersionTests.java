package io.meshgov.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SemanticVersionTests {

    @Test
    void readsMajorMinorAsPatchZero() {
        assertThat(SemanticVersion.parse("2.1")).isEqualTo(SemanticVersion.parse("2.1.0"));
        assertThat(SemanticVersion.parse("2.1")).hasToString("2.1.0");
    }

    @Test
    void ordersNumericallyAndPreReleasesBeforeTheirRelease() {
        assertThat(SemanticVersion.parse("2.10")).isGreaterThan(SemanticVersion.parse("2.9"));
        assertThat(SemanticVersion.parse("3.0.0-rc.1")).isLessThan(SemanticVersion.parse("3.0"));
        assertThat(SemanticVersion.parse("3.0.0-rc.2")).isLessThan(SemanticVersion.parse("3.0.0-rc.10"));
        assertThat(SemanticVersion.parse("3.0.0-alpha")).isLessThan(SemanticVersion.parse("3.0.0-alpha.1"));
        assertThat(SemanticVersion.parse("3.0.0-1")).isLessThan(SemanticVersion.parse("3.0.0-alpha"));
    }

    @Test
    void rejectsWhatIsNotASemanticVersionNamingTheValue() {
        for (String bad : new String[] {"", "2", "v2.1", "2.1.0.4", "02.1", "2.1.0+build.5", "2.-1", "9999999999.0"}) {
            assertThatThrownBy(() -> SemanticVersion.parse(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + bad + "'");
        }
        assertThatThrownBy(() -> SemanticVersion.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
