package io.meshgov.catalog.ledger;

import static io.meshgov.catalog.ledger.Given.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.governance.Violation;
import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.catalog.product.VersionStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reliability scenario 3: a product's versions published, deprecated and retired in every order. Each time, the
 * state is the one the ordering rules define (checked against a small independent model of them), and every event
 * that is not applied is rejected exactly once with a lifecycle violation.
 */
class LifecycleOrderingPropertyTests {

    private record Step(String kind, String version, String replacement) {}

    private static final List<Step> STEPS = List.of(
            new Step("publish", "1.0", null),
            new Step("publish", "2.0", null),
            new Step("deprecate", "1.0", "2.0"),
            new Step("retire", "1.0", null),
            new Step("deprecate", "2.0", null),
            new Step("retire", "2.0", null),
            new Step("publish", "3.0", null));

    @Test
    void everyOrderEndsInTheStateTheRulesDefine() {
        Random random = new Random(20261124L);
        for (int run = 0; run < 500; run++) {
            List<Step> order = new ArrayList<>(STEPS);
            java.util.Collections.shuffle(order, random);
            LedgerHarness catalog = new LedgerHarness();
            Map<String, VersionStatus> expected = new HashMap<>();
            int rejected = 0;

            for (Step step : order) {
                boolean applies = applyToModel(step, expected);
                var outcome = catalog.apply(event(step));
                assertThat(outcome.violations())
                        .as("%s in order %s", step, order)
                        .hasSize(applies ? 0 : 1);
                if (!applies) {
                    rejected++;
                    assertThat(outcome.violations())
                            .extracting(Violation::ruleId)
                            .containsExactly("lifecycle");
                }
            }

            Map<String, VersionStatus> actual = catalog.product().stream()
                    .flatMap(p -> p.versions().values().stream())
                    .collect(Collectors.toMap(v -> v.spec().version(), ProductVersion::status));
            assertThat(actual).as("order %s", order).isEqualTo(expected);
            assertThat(catalog.violations()).hasSize(rejected);
        }
    }

    /** The ordering rules, stated independently of the ledger: whether the step applies, and its effect. */
    private static boolean applyToModel(Step step, Map<String, VersionStatus> state) {
        VersionStatus current = state.get(step.version());
        boolean applies =
                switch (step.kind()) {
                    case "publish" -> current == null;
                    case "deprecate" ->
                        current == VersionStatus.ACTIVE
                                && (step.replacement() == null
                                        || state.get(step.replacement()) == VersionStatus.ACTIVE);
                    default -> current == VersionStatus.DEPRECATED;
                };
        if (applies) {
            state.put(
                    step.version(),
                    switch (step.kind()) {
                        case "publish" -> VersionStatus.ACTIVE;
                        case "deprecate" -> VersionStatus.DEPRECATED;
                        default -> VersionStatus.RETIRED;
                    });
        }
        return applies;
    }

    private static CatalogEvent event(Step step) {
        return switch (step.kind()) {
            case "publish" -> Given.published("sales", step.version());
            case "deprecate" -> Given.deprecated("sales", step.version(), day(1), day(40), step.replacement());
            default -> Given.retired("sales", step.version(), day(41));
        };
    }
}
