package io.meshgov.catalog.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetBindingTests {

    static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");
    static final Claim TOP_10_V21 = new Claim(
            "top-10-customers",
            "2.1.0",
            "sales",
            "publish-21",
            "mesh.sales.products",
            0,
            3,
            T0,
            RunEvents.WAREHOUSE,
            RunEvents.TOP_10_V21);
    static final Claim TOP_10_V30 = new Claim(
            "top-10-customers",
            "3.0.0",
            "sales",
            "publish-30",
            "mesh.sales.products",
            0,
            9,
            T0,
            RunEvents.WAREHOUSE,
            RunEvents.TOP_10_V21);

    final DatasetBinding binding = new DatasetBinding(3);

    @Test
    void acceptsARunOfTheOwnersPipelineAsARunOfTheBoundVersion() {
        DatasetState bound = binding.claim(DatasetState.EMPTY, TOP_10_V21).state();

        var step = binding.observe(bound, run("r1", "sales", true));

        assertThat(step.decisions()).containsExactly(new DatasetBinding.Accepted(TOP_10_V21, run("r1", "sales", true)));
    }

    @Test
    void refusesARunFromAnotherDomainAsAnOwnershipViolation() {
        DatasetState bound = binding.claim(DatasetState.EMPTY, TOP_10_V21).state();

        var step = binding.observe(bound, run("r1", "marketing", true));

        var violation = ((DatasetBinding.Refused) step.decisions().get(0)).violation();
        assertThat(violation.ruleId()).isEqualTo("ownership");
        assertThat(violation.domain()).isEqualTo("marketing");
        assertThat(violation.productId()).isEqualTo("top-10-customers");
        assertThat(violation.reason())
                .isEqualTo("top-10-customers belongs to domain sales; job airflow://x/build of domain marketing may"
                        + " not write the dataset of its version 2.1.0");
        assertThat(violation.sourceTopic()).isEqualTo("mesh.marketing.openlineage");
        assertThat(violation.offendingEventType()).isEqualTo("OpenLineage RunEvent");
    }

    @Test
    void holdsRunsOfAnUnboundDatasetAndAcceptsThemInOrderWhenAVersionClaimsIt() {
        DatasetState state = DatasetState.EMPTY;
        for (String id : List.of("r1", "r2", "r3", "r4")) {
            var step = binding.observe(state, run(id, "sales", true));
            assertThat(step.decisions()).isEmpty();
            state = step.state();
        }

        var claimed = binding.claim(state, TOP_10_V21);

        assertThat(claimed.decisions().get(0)).isEqualTo(new DatasetBinding.Bound(TOP_10_V21));
        assertThat(claimed.decisions().subList(1, claimed.decisions().size()))
                .as("the latest three kept, in their order")
                .extracting(
                        d -> ((DatasetBinding.Accepted) d).observation().run().runId())
                .containsExactly("r2", "r3", "r4");
        assertThat(claimed.state().held()).isEmpty();
        assertThat(claimed.state().binding()).isEqualTo(TOP_10_V21);
    }

    @Test
    void keepsTheFirstVersionThatClaimsADatasetAndRefusesAnotherOne() {
        DatasetState bound = binding.claim(DatasetState.EMPTY, TOP_10_V21).state();

        var again = binding.claim(bound, TOP_10_V21);
        var other = binding.claim(bound, TOP_10_V30);

        assertThat(binding.claim(DatasetState.EMPTY, TOP_10_V21).decisions())
                .containsExactly(new DatasetBinding.Bound(TOP_10_V21));
        assertThat(again.decisions()).as("the same claim read again").isEmpty();
        assertThat(other.state().binding()).isEqualTo(TOP_10_V21);
        var violation = ((DatasetBinding.Refused) other.decisions().get(0)).violation();
        assertThat(violation.ruleId()).isEqualTo(DatasetBinding.BINDING_RULE);
        assertThat(violation.offendingEventId()).isEqualTo("publish-30");
        assertThat(violation.reason())
                .isEqualTo("dataset is already served by top-10-customers 2.1.0 (domain sales); top-10-customers 3.0.0"
                        + " is not bound to it");
    }

    @Test
    void changesNothingForARedeliveredRunEvent() {
        DatasetState bound = binding.claim(DatasetState.EMPTY, TOP_10_V21).state();
        var first = binding.observe(bound, run("r1", "sales", true));

        var again = binding.observe(first.state(), run("r1", "sales", true));

        assertThat(again.decisions()).isEmpty();
        assertThat(again.state()).isEqualTo(first.state());
        assertThat(binding.observe(first.state(), run("r2", "sales", true)).decisions())
                .hasSize(1);
    }

    @Test
    void remembersTheLast128RunsOfADatasetForRedeliveriesAndNoMore() {
        DatasetState state = binding.claim(DatasetState.EMPTY, TOP_10_V21).state();
        for (int r = 0; r < 200; r++)
            state = binding.observe(state, run("r" + r, "sales", true)).state();

        assertThat(binding.observe(state, run("r72", "sales", true)).decisions())
                .as("the 128th newest is remembered")
                .isEmpty();
        assertThat(binding.observe(state, run("r71", "sales", true)).decisions())
                .as("the 129th newest is forgotten")
                .hasSize(1);
        assertThat(state.recent()).hasSize(1368); // 128 hashes of 8 bytes, in base64
    }

    static Observation run(String runId, String domain, boolean output) {
        ObservedRun run = new ObservedRun(runId, false, T0, "airflow://x", "build", List.of(), List.of());
        DatasetFacts dataset = new DatasetFacts(RunEvents.WAREHOUSE, RunEvents.TOP_10_V21, 10L, Map.of(), List.of());
        return new Observation(run, dataset, output, domain, "mesh." + domain + ".openlineage", 0, 1);
    }
}
