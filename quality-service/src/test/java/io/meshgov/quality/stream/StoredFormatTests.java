package io.meshgov.quality.stream;

import static io.meshgov.quality.stream.StoredValues.KPI;
import static io.meshgov.quality.stream.StoredValues.PRODUCT;
import static io.meshgov.quality.stream.StoredValues.VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.kit.streams.Json;
import io.meshgov.kit.test.GoldenFile;
import io.meshgov.quality.slo.KpiStatus;
import io.meshgov.quality.tracking.HourlyBucket;
import io.meshgov.quality.tracking.KpiState;
import io.meshgov.quality.tracking.VersionInfo;
import io.meshgov.quality.view.ViewKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/**
 * Each store's values in the format of its golden file ({@code src/test/resources/golden/<store>.json}), written
 * through {@link QualityState} as the processing writes them, and each golden file restored by the processing and by
 * every instance's read model (its changelog's bytes), as quality would read a value an earlier build stored.
 */
class StoredFormatTests {

    @Test
    void versionsAreStoredInTheFormatOfTheGoldenFile() {
        QualityTask task = new QualityTask();
        task.state().published(StoredValues.version());
        task.state().status(PRODUCT, VERSION, "DEPRECATED");
        VersionInfo version = StoredValues.version().withStatus("DEPRECATED");
        String key = ViewKeys.version(PRODUCT, VERSION);

        byte[] golden = GoldenFile.assertStoredAsIn(QualityStores.VERSIONS, task.stored(QualityStores.VERSIONS, key));

        QualityTask restored = QualityTask.holding(QualityStores.VERSIONS, key, golden);
        assertThat(restored.state().version(PRODUCT, VERSION)).contains(version);
        assertThat(restored.readModel().version(PRODUCT, VERSION)).contains(version);
    }

    @Test
    void kpisAreStoredInTheFormatOfTheGoldenFile() {
        QualityTask task = new QualityTask();
        task.state().published(StoredValues.version());
        task.state().count(StoredValues.passing());
        task.state().count(StoredValues.failing());
        KpiState kpi = KpiState.empty(PRODUCT, VERSION, KPI)
                .latest(StoredValues.failing())
                .withStatus(KpiStatus.FAILING);
        String key = ViewKeys.kpi(PRODUCT, VERSION, KPI);

        byte[] golden = GoldenFile.assertStoredAsIn(QualityStores.KPIS, task.stored(QualityStores.KPIS, key));

        assertThat(QualityTask.holding(QualityStores.KPIS, key, golden)
                        .readModel()
                        .kpis(PRODUCT, VERSION))
                .containsExactly(kpi);
    }

    @Test
    void historyIsStoredInTheFormatOfTheGoldenFile() {
        QualityTask task = new QualityTask();
        task.state().count(StoredValues.passing());
        task.state().count(StoredValues.failing());
        HourlyBucket bucket = HourlyBucket.of(StoredValues.passing()).add(StoredValues.failing());
        String key = ViewKeys.bucket(PRODUCT, VERSION, KPI, bucket.start());

        byte[] golden = GoldenFile.assertStoredAsIn(QualityStores.HISTORY, task.stored(QualityStores.HISTORY, key));

        assertThat(QualityTask.holding(QualityStores.HISTORY, key, golden)
                        .readModel()
                        .history(PRODUCT, VERSION, KPI))
                .containsExactly(bucket);
    }

    /**
     * Up to 2026-12 a bucket held the ids it counted: it is still read, and a redelivery of what it counted is still
     * recognised (the ids are kept, not added to, while the bucket counts on).
     */
    @Test
    void aBucketStoredWithItsIdsByAnEarlierBuildStillRecognisesThem() {
        HourlyBucket bucket = HourlyBucket.of(StoredValues.passing()).add(StoredValues.failing());
        String key = ViewKeys.bucket(PRODUCT, VERSION, KPI, bucket.start());
        QualityTask restored = QualityTask.holding(QualityStores.HISTORY, key, earlier("quality-history-with-ids"));

        assertThat(restored.readModel().history(PRODUCT, VERSION, KPI))
                .singleElement()
                .usingRecursiveComparison()
                .ignoringFields("measurementIds")
                .isEqualTo(bucket);
        assertThat(restored.state().counted(StoredValues.passing())).isTrue();
        restored.state().count(StoredValues.later());
        assertThat(restored.state().counted(StoredValues.failing())).isTrue();
        assertThat(restored.state().counted(StoredValues.later())).isTrue();
        assertThat(restored.readModel().history(PRODUCT, VERSION, KPI))
                .singleElement()
                .extracting(HourlyBucket::count)
                .isEqualTo(3L);
    }

    @Test
    void productsAreStoredInTheFormatOfTheGoldenFile() {
        QualityTask task = new QualityTask();
        task.state().product(PRODUCT, StoredValues.product());

        byte[] golden =
                GoldenFile.assertStoredAsIn(QualityStores.PRODUCTS, task.stored(QualityStores.PRODUCTS, PRODUCT));

        assertThat(QualityTask.holding(QualityStores.PRODUCTS, PRODUCT, golden)
                        .state()
                        .product(PRODUCT))
                .contains(StoredValues.product());
    }

    private static byte[] earlier(String name) {
        try {
            return Files.readAllBytes(Path.of("src", "test", "resources", "golden", "earlier", name + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Through the serde its store is declared with (see QualityStores); compared field by field (it holds bytes). */
    @Test
    void pendingMeasurementsAreStoredInTheFormatOfTheGoldenFile() {
        PendingMeasurement pending = StoredValues.pending();
        Serde<PendingMeasurement> serde = Json.serde(PendingMeasurement.class);

        byte[] golden = GoldenFile.assertStoredAsIn(
                QualityStores.PENDING, serde.serializer().serialize(QualityStores.PENDING, pending));

        assertThat(serde.deserializer().deserialize(QualityStores.PENDING, golden))
                .usingRecursiveComparison()
                .withStrictTypeChecking()
                .isEqualTo(pending);
    }
}
