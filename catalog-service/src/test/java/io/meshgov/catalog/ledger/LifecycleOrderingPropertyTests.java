package io.meshgov.catalog.ledger;

import static io.meshgov.catalog.ledger.Given.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.catalog.event.CatalogEvent;
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
 * state is the one the ordering rules define (checked against a small independent model of them, waiting included),
 * and every event that is not applied is rejected exactly once with a lifecycle violation.
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
            Model model = new Model();

            for (Step step : order) {
                int before = catalog.violations().size();
                int rejected = model.apply(step);
                catalog.apply(event(step));
                assertThat(catalog.violations().size() - before)
                        .as("%s in order %s", step, order)
                        .isEqualTo(rejected);
            }
            int before = catalog.violations().size();
            int rejected = model.expire();
            catalog.expireHeld();

            assertThat(catalog.violations().size() - before)
                    .as("held until the end in order %s", order)
                    .isEqualTo(rejected);
            assertThat(catalog.violations())
                    .as("every rejection is a lifecycle violation")
                    .allMatch(v -> v.ruleId().equals("lifecycle"));
            Map<String, VersionStatus> actual = catalog.product().stream()
                    .flatMap(p -> p.versions().values().stream())
                    .collect(Collectors.toMap(v -> v.spec().version(), ProductVersion::status));
            assertThat(actual).as("order %s", order).isEqualTo(model.state);
            assertThat(catalog.held()).isEmpty();
        }
    }

    /**
     * The ordering rules, stated independently of the ledger: whether a step applies, and its effect. A deprecation of
     * a published version naming a replacement not published yet waits for it, and is decided when it comes (or at the
     * end, when the wait runs out).
     */
    private static final class Model {
        final Map<String, VersionStatus> state = new HashMap<>();
        final List<Step> waiting = new ArrayList<>();

        /** The number of events rejected by this step (itself, or deprecations it released). */
        int apply(Step step) {
            if (step.kind().equals("deprecate")
                    && step.replacement() != null
                    && state.containsKey(step.version())
                    && !state.containsKey(step.replacement())) {
                waiting.add(step);
                return 0;
            }
            int rejected = decide(step);
            if (step.kind().equals("publish")) {
                List<Step> released = waiting.stream()
                        .filter(w -> w.replacement().equals(step.version()))
                        .toList();
                waiting.removeAll(released);
                for (Step w : released) rejected += decide(w);
            }
            return rejected;
        }

        int expire() {
            int rejected = 0;
            for (Step w : waiting) rejected += decide(w);
            waiting.clear();
            return rejected;
        }

        private int decide(Step step) {
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
            if (!applies) return 1;
            state.put(
                    step.version(),
                    switch (step.kind()) {
                        case "publish" -> VersionStatus.ACTIVE;
                        case "deprecate" -> VersionStatus.DEPRECATED;
                        default -> VersionStatus.RETIRED;
                    });
            return 0;
        }
    }

    private static CatalogEvent event(Step step) {
        return switch (step.kind()) {
            case "publish" -> Given.published("sales", step.version());
            case "deprecate" -> Given.deprecated("sales", step.version(), day(1), day(40), step.replacement());
            default -> Given.retired("sales", step.version(), day(41));
        };
    }
}
