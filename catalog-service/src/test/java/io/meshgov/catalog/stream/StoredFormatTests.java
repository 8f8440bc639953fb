package io.meshgov.catalog.stream;

import static io.meshgov.catalog.stream.StoredValues.CONSUMER;
import static io.meshgov.catalog.stream.StoredValues.PRODUCT;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.alert.AlertNotice;
import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.governance.Violation;
import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.product.VersionQuality;
import io.meshgov.catalog.run.DatasetState;
import io.meshgov.catalog.run.RecentKeys;
import io.meshgov.catalog.view.CatalogReadModel;
import io.meshgov.catalog.view.HeldInput;
import io.meshgov.catalog.view.ViewKeys;
import io.meshgov.kit.streams.Json;
import io.meshgov.kit.test.GoldenFile;
import io.meshgov.kit.test.OneEntryView;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/**
 * Each store's values in the format of its golden file ({@code src/test/resources/golden/<store>.json}), and each
 * golden file restored, by the processing (the store's serde) and by every instance's read model (its changelog's
 * bytes), as the catalog would read a value an earlier build stored. The positions store holds longs, not JSON.
 */
class StoredFormatTests {

    @Test
    void productsAreStoredInTheFormatOfTheGoldenFile() {
        Product product = StoredValues.product();

        // the bytes CatalogProcessor writes (its write step serializes the product with Json.write)
        byte[] golden = GoldenFile.assertStoredAsIn(ViewKeys.PRODUCTS, Json.write(product));

        assertThat(readModel(ViewKeys.PRODUCTS, PRODUCT, golden).product(PRODUCT))
                .contains(product);
    }

    @Test
    void registrationsAreStoredInTheFormatOfTheGoldenFile() {
        Registration registration = StoredValues.registration();

        byte[] golden = storedAsGolden(ViewKeys.REGISTRATIONS, Registration.class, registration);

        assertThat(readModel(ViewKeys.REGISTRATIONS, ViewKeys.registration(registration), golden)
                        .registrations(PRODUCT, "2.1.0"))
                .containsExactly(registration);
    }

    @Test
    void consumptionsAreStoredInTheFormatOfTheGoldenFile() {
        Registration registration = StoredValues.registration();

        byte[] golden = storedAsGolden(ViewKeys.CONSUMPTIONS, Registration.class, registration);

        assertThat(readModel(ViewKeys.CONSUMPTIONS, ViewKeys.consumption(registration), golden)
                        .consumptions(CONSUMER))
                .containsExactly(registration);
    }

    @Test
    void alertsAreStoredInTheFormatOfTheGoldenFile() {
        Alert alert = StoredValues.alert();

        byte[] golden = storedAsGolden(ViewKeys.ALERTS, Alert.class, alert);

        assertThat(readModel(ViewKeys.ALERTS, ViewKeys.alert(alert), golden).alerts(PRODUCT, "1.0.0"))
                .containsExactly(alert);
    }

    /** An alert an earlier build stored, before answers, moved sunsets and reminders: read as one without them. */
    @Test
    void anAlertStoredBeforeCampaignsReadsAsOneThatNobodyAnswered() {
        Alert read = Json.serde(Alert.class)
                .deserializer()
                .deserialize(ViewKeys.ALERTS, earlier("catalog-alerts-before-campaigns"));

        assertThat(read.notice()).isEqualTo(AlertNotice.STATE_CHANGED);
        assertThat(read.answer()).isNull();
        assertThat(read.sunsetMoves()).isZero();
        assertThat(read.remindedDaysBefore()).isNull();
        assertThat(read.eventId())
                .as("the id its last announcement had")
                .isEqualTo(java.util
                        .UUID
                        .nameUUIDFromBytes((read.alertId() + "\u00002\u0000RESOLVED").getBytes(UTF_8))
                        .toString());
    }

    /** A product an earlier build stored: its deprecation's first sunset is its sunset, and it was never withdrawn. */
    @Test
    void aDeprecationStoredBeforeSunsetsCouldMoveKeepsItsSunsetAsTheFirst() {
        Product read = Json.read(earlier("catalog-products-before-campaigns"), Product.class);

        var deprecation = read.version("1.0.0").orElseThrow().deprecation();
        assertThat(deprecation.firstSunsetAt())
                .isEqualTo(deprecation.sunsetAt())
                .isNotNull();
        assertThat(deprecation.withdrawnAt()).isNull();
    }

    /** A version's KPI statuses an earlier build stored: no breach in progress is known (none is invented). */
    @Test
    void qualityStoredBeforeBreachesWereKeptReadsWithNone() {
        VersionQuality read = Json.read(earlier("catalog-quality-before-breaches"), VersionQuality.class);

        assertThat(read.byKpi()).containsEntry("freshness_minutes", "FAILING");
        assertThat(read.breaches()).isEmpty();
    }

    /** Read only by the datasets' step, restored from its changelog: its round trip through the golden file. */
    @Test
    void datasetsAreStoredInTheFormatOfTheGoldenFile() {
        DatasetState state = StoredValues.datasetState();

        storedAsGolden(ViewKeys.DATASETS, DatasetState.class, state);
    }

    @Test
    void aDatasetStoredWithItsSeenKeysListedStillKnowsThemAfterTheyAreHashed() {
        String earlier = """
                {"binding": null, "held": [],
                 "seen": ["0190f1b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b\\u0000FAIL\\u00001741053600250\\u0000true"]}""";

        DatasetState read = Json.serde(DatasetState.class).deserializer().deserialize("any", earlier.getBytes(UTF_8));

        assertThat(RecentKeys.contains(
                        read.recent(), "0190f1b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b\u0000FAIL\u00001741053600250\u0000true"))
                .isTrue();
        assertThat(RecentKeys.contains(read.recent(), "another run")).isFalse();
    }

    @Test
    void violationsAreStoredInTheFormatOfTheGoldenFile() {
        Violation violation = StoredValues.violation();

        byte[] golden = storedAsGolden(ViewKeys.VIOLATIONS, Violation.class, violation);

        var model = new CatalogReadModel(OneEntryView.of(
                ViewKeys.VIOLATIONS, ViewKeys.violation(violation), golden, List.of(ViewKeys.RUN_VIOLATIONS)));
        assertThat(model.violations()).containsExactly(violation);
    }

    @Test
    void qualityIsStoredInTheFormatOfTheGoldenFile() {
        VersionQuality quality = StoredValues.quality();

        byte[] golden = storedAsGolden(ViewKeys.QUALITY, VersionQuality.class, quality);

        assertThat(readModel(ViewKeys.QUALITY, ViewKeys.quality(PRODUCT, "2.1.0"), golden)
                        .quality(PRODUCT, "2.1.0"))
                .contains(quality);
    }

    /** The read model reads a held input field by field from the stored JSON, not through the record. */
    @Test
    void heldEventsAreStoredInTheFormatOfTheGoldenFile() {
        HeldEvent held = StoredValues.held();

        byte[] golden = storedAsGolden(ViewKeys.HELD, HeldEvent.class, held);

        assertThat(readModel(ViewKeys.HELD, ViewKeys.held(PRODUCT, "3.0.0") + held.eventId(), golden)
                        .held())
                .containsExactly(new HeldInput(
                        held.productId(),
                        held.awaitedVersion(),
                        held.eventType(),
                        held.eventId(),
                        held.domain(),
                        held.source().topic(),
                        held.source().partition(),
                        held.source().offset(),
                        Instant.ofEpochMilli(held.timestamp())));
    }

    /**
     * The value through the serde its store is declared with (see CatalogStores), compared with the golden file; the
     * golden file restored through the same serde. Compared field by field: a record's equals compares arrays (a held
     * event's bytes) by identity.
     */
    /** A value as an earlier build stored it, kept beside the golden files. */
    private static byte[] earlier(String name) {
        try {
            return java.nio.file.Files.readAllBytes(
                    java.nio.file.Path.of("src", "test", "resources", "golden", "earlier", name + ".json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static <V> byte[] storedAsGolden(String store, Class<V> type, V value) {
        Serde<V> serde = Json.serde(type);
        byte[] golden = GoldenFile.assertStoredAsIn(store, serde.serializer().serialize(store, value));
        assertThat(serde.deserializer().deserialize(store, golden))
                .usingRecursiveComparison()
                .withStrictTypeChecking()
                .isEqualTo(value);
        return golden;
    }

    /** A read model whose only view holds {@code stored} under {@code key}. */
    private static CatalogReadModel readModel(String store, String key, byte[] stored) {
        return new CatalogReadModel(OneEntryView.of(store, key, stored));
    }
}
