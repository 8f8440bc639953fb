package io.meshgov.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.search.Purposes.Change;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PurposesTests {

    private final Purposes purposes = new Purposes();

    @Test
    void aConsumerMoreWithAPurposeAlreadyThereChangesNoPurposeDocument() {
        assertThat(purposes.registered(consumer("jane", "1.0", "churn model")))
                .as("a new purpose")
                .isEqualTo(new Change("churn model", null));
        assertThat(purposes.registered(consumer("joe", "1.0", "churn model")))
                .as("the same purpose")
                .isEqualTo(Change.NONE);
        assertThat(purposes.registered(consumer("joe", "1.0", "churn model")))
                .as("redelivered")
                .isEqualTo(Change.NONE);
        assertThat(purposes.registered(consumer("ann", "2.0", "churn model")))
                .as("the same purpose on another version")
                .isEqualTo(new Change("churn model", null));
        assertThat(purposes.of("top-10-customers", "1.0")).containsExactly("churn model");
        assertThat(purposes.versionsOf("top-10-customers")).containsExactly("1.0", "2.0");
    }

    @Test
    void aPurposeGoesOnlyWithItsLastConsumer() {
        purposes.registered(consumer("jane", "1.0", "churn model"));
        purposes.registered(consumer("joe", "1.0", "churn model"));
        assertThat(purposes.deregistered("top-10-customers", "1.0", "jane")).isEqualTo(Change.NONE);
        assertThat(purposes.of("top-10-customers", "1.0")).containsExactly("churn model");
        assertThat(purposes.deregistered("top-10-customers", "1.0", "joe")).isEqualTo(new Change(null, "churn model"));
        assertThat(purposes.of("top-10-customers", "1.0")).isEmpty();
        assertThat(purposes.versionsOf("top-10-customers")).isEmpty();
        assertThat(purposes.deregistered("top-10-customers", "1.0", "joe"))
                .as("gone already")
                .isEqualTo(Change.NONE);
    }

    @Test
    void aConsumerChangingItsPurposeTellsWhichPurposeCameAndWhichWent() {
        purposes.registered(consumer("jane", "1.0", "churn model"));
        purposes.registered(consumer("joe", "1.0", "credit review"));
        assertThat(purposes.registered(consumer("jane", "1.0", "credit review")))
                .as("churn model gone with her, credit review there already")
                .isEqualTo(new Change(null, "churn model"));
        assertThat(purposes.of("top-10-customers", "1.0")).containsExactly("credit review");
        purposes.registered(consumer("ann", "1.0", "churn model"));
        purposes.registered(consumer("bob", "1.0", "churn model"));
        assertThat(purposes.registered(consumer("ann", "1.0", "pricing")))
                .as("a new purpose; the old one still held by bob")
                .isEqualTo(new Change("pricing", null));
        assertThat(purposes.of("top-10-customers", "1.0")).containsExactly("churn model", "credit review", "pricing");
    }

    private static Registration consumer(String id, String version, String purpose) {
        return new Registration(
                id, "HUMAN", "marketing", "top-10-customers", version, purpose, id + "@example.com", Instant.EPOCH);
    }
}
