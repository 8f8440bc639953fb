package io.meshgov.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.catalog.consumer.Registration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PurposesTests {

    private final Purposes purposes = new Purposes();

    @Test
    void aConsumerMoreWithAPurposeAlreadyThereLeavesTheDocumentAsItWas() {
        assertThat(purposes.registered(consumer("jane", "1.0", "churn model")))
                .as("a new purpose")
                .isTrue();
        assertThat(purposes.registered(consumer("joe", "1.0", "churn model")))
                .as("the same purpose")
                .isFalse();
        assertThat(purposes.registered(consumer("joe", "1.0", "churn model")))
                .as("redelivered")
                .isFalse();
        assertThat(purposes.registered(consumer("ann", "2.0", "churn model")))
                .as("the same purpose on another version")
                .isTrue();
        assertThat(purposes.of("top-10-customers", "1.0")).containsExactly("churn model");
    }

    @Test
    void aPurposeGoesOnlyWithItsLastConsumer() {
        purposes.registered(consumer("jane", "1.0", "churn model"));
        purposes.registered(consumer("joe", "1.0", "churn model"));
        assertThat(purposes.deregistered("top-10-customers", "1.0", "jane")).isFalse();
        assertThat(purposes.of("top-10-customers", "1.0")).containsExactly("churn model");
        assertThat(purposes.deregistered("top-10-customers", "1.0", "joe")).isTrue();
        assertThat(purposes.of("top-10-customers", "1.0")).isEmpty();
        assertThat(purposes.deregistered("top-10-customers", "1.0", "joe"))
                .as("gone already")
                .isFalse();
    }

    @Test
    void aConsumerChangingItsPurposeChangesTheDistinctPurposesOnlyWhenNoOtherHoldsTheOldOrTheNew() {
        purposes.registered(consumer("jane", "1.0", "churn model"));
        purposes.registered(consumer("joe", "1.0", "credit review"));
        assertThat(purposes.registered(consumer("jane", "1.0", "credit review")))
                .as("churn model gone with her")
                .isTrue();
        assertThat(purposes.of("top-10-customers", "1.0")).containsExactly("credit review");
        purposes.registered(consumer("ann", "1.0", "churn model"));
        purposes.registered(consumer("bob", "1.0", "churn model"));
        assertThat(purposes.registered(consumer("ann", "1.0", "credit review")))
                .as("both purposes still held by someone")
                .isFalse();
        assertThat(purposes.of("top-10-customers", "1.0")).containsExactly("churn model", "credit review");
    }

    private static Registration consumer(String id, String version, String purpose) {
        return new Registration(
                id, "HUMAN", "marketing", "top-10-customers", version, purpose, id + "@example.com", Instant.EPOCH);
    }
}
