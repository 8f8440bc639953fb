package io.meshgov.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meshgov.events.ConsumerKind;
import io.meshgov.events.DataProductVersionPublished;
import io.meshgov.events.DeprecationAnswer;
import io.meshgov.fixtures.MeshFixtures;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PipelineEventsTests {

    @Test
    void fillsEventIdAndOccurredAtWhenNotGiven() {
        DataProductVersionPublished event = PipelineEvents.published("top-10-customers", "2.1")
                .name("Top 10 customers")
                .definition(MeshFixtures.DEFINITION_2_1)
                .owner("sales-analytics")
                .code("https://git.acmeco.internal/sales/top-10-customers", "833c21")
                .endpoint("http://acmeco.internal/data-products/top-10-customers/v2.1")
                .build();

        assertThat(UUID.fromString(event.getEventId())).isNotNull();
        assertThat(event.getOccurredAt()).isNotNull();
        assertThat(event.getInputs()).isEmpty();
    }

    @Test
    void rejectsAMissingRequiredFieldNamingIt() {
        assertThatThrownBy(() -> PipelineEvents.published("top-10-customers", "2.1")
                        .name("Top 10 customers")
                        .owner("sales-analytics")
                        .build())
                .hasMessage("DataProductVersionPublished.definition is required and must not be blank");
        assertThatThrownBy(() -> PipelineEvents.consumer("jane", "top-10-customers", "2.1")
                        .purpose("review")
                        .contact("jane@acmeco.example")
                        .registered())
                .hasMessage("ConsumerRegistered.kind is required");
    }

    @Test
    void rejectsMalformedIdsVersionsAndValues() {
        assertThatThrownBy(() ->
                        PipelineEvents.lifecycle("Top 10", "2.1").reason("x").retired())
                .hasMessageContaining("productId")
                .hasMessageContaining("'Top 10'");
        assertThatThrownBy(() -> PipelineEvents.consumer("jane", "top-10-customers", "latest")
                        .kind(ConsumerKind.HUMAN)
                        .purpose("p")
                        .contact("c")
                        .registered())
                .hasMessageContaining("version 'latest'");
        assertThatThrownBy(() -> PipelineEvents.measured("top-10-customers", "2.1", "completeness", Double.NaN)
                        .runId("r")
                        .build())
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> PipelineEvents.lifecycle("top-10-customers", "2.1")
                        .eventId("42")
                        .reason("x")
                        .retired())
                .hasMessageContaining("not a UUID");
    }

    @Test
    void answersAndOwnerDecisionsCarryWhatTheCatalogNeedsAndRefuseWithoutIt() {
        Instant sunset = Instant.parse("2026-06-01T00:00:00Z");

        var asks = PipelineEvents.answer("jane.analyst", "top-10-customers", "2.1")
                .extensionRequested(sunset, "the quarter-end close reads 2.1");
        var extended = PipelineEvents.lifecycle("top-10-customers", "2.1")
                .sunsetAt(sunset)
                .reason("finance's close")
                .sunsetExtended();

        assertThat(asks.getAnswer()).isEqualTo(DeprecationAnswer.EXTENSION_REQUESTED);
        assertThat(asks.getPlannedAt()).isEqualTo(sunset);
        assertThat(extended.getSunsetAt()).isEqualTo(sunset);
        assertThat(PipelineEvents.answer("ops-report", "top-10-customers", "2.1")
                        .objected("no budget")
                        .getPlannedAt())
                .isNull();
        assertThatThrownBy(() -> PipelineEvents.answer("jane.analyst", "top-10-customers", "2.1")
                        .acknowledged(null))
                .hasMessage("DeprecationAnswered.plannedAt is required");
        assertThatThrownBy(() -> PipelineEvents.answer("jane.analyst", "top-10-customers", "2.1")
                        .objected(" "))
                .hasMessageContaining("DeprecationAnswered.reason");
        assertThatThrownBy(() -> PipelineEvents.lifecycle("top-10-customers", "2.1")
                        .reason("x")
                        .sunsetExtended())
                .hasMessage("DataProductVersionSunsetExtended.sunsetAt is required");
    }
}
