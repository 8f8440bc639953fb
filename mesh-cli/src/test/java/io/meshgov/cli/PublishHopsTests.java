package io.meshgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PublishHopsTests {

    /** Times in nanoseconds: a publication split at its acceptance; one never accepted and one out of order apart. */
    @Test
    void splitsEachPublicationAtItsAcceptanceAndCountsTheOthersApart() {
        PublishHops hops = new PublishHops();
        hops.answered("fresh-1", 0, 4_000_000, 620_000_000);
        hops.accepted("fresh-1", 600_000_000);
        hops.accepted("fresh-1", 610_000_000); // a later acceptance of the same product: not its publication's
        hops.answered("fresh-2", 0, 5_000_000, 700_000_000);
        hops.answered("fresh-3", 0, 5_000_000, 700_000_000);
        hops.accepted("fresh-3", 710_000_000); // read after the API answered

        Map<String, Object> summary = hops.summary();

        assertThat(summary.get("appended"))
                .asInstanceOf(MAP)
                .containsEntry("samples", 1)
                .containsEntry("p50Millis", 4.0);
        assertThat(summary.get("processedAndCommitted")).asInstanceOf(MAP).containsEntry("p50Millis", 596.0);
        assertThat(summary.get("appliedAndAnswered")).asInstanceOf(MAP).containsEntry("p50Millis", 20.0);
        assertThat(summary).containsEntry("acceptanceNotRead", 1).containsEntry("acceptanceOutOfOrder", 1);
    }
}
