package io.meshgov.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The classification table, cell by cell, for a version owned by {@code finance}. */
class VisibilityTests {

    @ParameterizedTest(name = "{0} version, caller {1}: {2}")
    @CsvSource({
        "RESTRICTED,   owner,        true",
        "RESTRICTED,   other-domain, false",
        "RESTRICTED,   scope,        true",
        "RESTRICTED,   no-claims,    false",
        "RESTRICTED,   anonymous,    false",
        "RESTRICTED,   local-run,    true",
        "CONFIDENTIAL, other-domain, true",
        "CONFIDENTIAL, no-claims,    true",
        "CONFIDENTIAL, anonymous,    false",
        "CONFIDENTIAL, local-run,    true",
        "INTERNAL,     anonymous,    true",
        "INTERNAL,     other-domain, true",
        "PUBLIC,       anonymous,    true",
        "PUBLIC,       no-claims,    true",
    })
    void decidesEachCellOfTheClassificationTable(String classification, String caller, boolean visible) {
        assertThat(Visibility.maySee(caller(caller), classification, "finance")).isEqualTo(visible);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"restricted", "Restricted"})
    void readsClassificationsInAnyCase(String classification) {
        assertThat(Visibility.maySee(caller("other-domain"), classification, "finance"))
                .isFalse();
    }

    @ParameterizedTest(name = "classification ''{0}'' is restricted")
    @CsvSource({"''", "SECRET", "internal-ish"})
    void failsClosedOnAMissingOrUnknownClassification(String classification) {
        String value = classification.isEmpty() ? null : classification;

        assertThat(Visibility.maySee(caller("no-claims"), value, "finance")).isFalse();
        assertThat(Visibility.maySee(caller("other-domain"), value, "finance")).isFalse();
        assertThat(Visibility.maySee(caller("owner"), value, "finance")).isTrue();
        assertThat(Visibility.maySee(caller("scope"), value, "finance")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"other-domain", "no-claims"})
    void refusesWithTheReasonAndWhoMaySee(String caller) {
        assertThatThrownBy(() -> Visibility.require(caller(caller), "RESTRICTED", "finance", "payroll 1.0.0"))
                .isInstanceOf(NotVisible.class)
                .hasMessageContaining("payroll 1.0.0 is restricted")
                .hasMessageContaining("finance")
                .hasMessageContaining(Caller.RESTRICTED_SCOPE);
    }

    private static Caller caller(String who) {
        return switch (who) {
            case "owner" -> Caller.authenticated(Set.of("sales", "finance"), Set.of());
            case "other-domain" -> Caller.authenticated(Set.of("sales"), Set.of("mesh:read"));
            case "scope" -> Caller.authenticated(Set.of(), Set.of(Caller.RESTRICTED_SCOPE));
            case "no-claims" -> Caller.authenticated(Set.of(), Set.of());
            case "anonymous" -> Caller.anonymous();
            case "local-run" -> Caller.inLocalRun();
            default -> throw new IllegalArgumentException(who);
        };
    }
}
