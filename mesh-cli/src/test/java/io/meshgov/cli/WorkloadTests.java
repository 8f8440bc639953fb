package io.meshgov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.events.ConsumerRegistered;
import io.meshgov.events.DataProductVersionDeprecated;
import io.meshgov.events.DataProductVersionPublished;
import io.meshgov.events.DataProductVersionRetired;
import io.meshgov.events.QualityMeasured;
import io.meshgov.wire.EventSerializer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

class WorkloadTests {

    private static final Workload.Shape SMALL = Workload.Shape.of(0.01, 42);

    @Test
    void theSameSeedGivesTheSameEventsByteForByteAndAnotherSeedDoesNot() throws Exception {
        assertThat(digest(SMALL)).isEqualTo(digest(SMALL)).isNotEqualTo(digest(Workload.Shape.of(0.01, 43)));
    }

    @Test
    void theShapeHasTheRequestedRegistrationsAndMeasurementsAndProductsWithOneToFiveVersions() throws Exception {
        Map<Class<?>, Integer> counts = new HashMap<>();
        Map<String, Set<String>> versions = new HashMap<>();
        Set<String> domains = new HashSet<>();
        new Workload(SMALL).emit((domain, event) -> {
            domains.add(domain);
            counts.merge(event.getClass(), 1, Integer::sum);
            if (event instanceof DataProductVersionPublished p
                    && !p.getVersion().equals("10.0")) {
                versions.computeIfAbsent(p.getProductId(), k -> new HashSet<>()).add(p.getVersion());
            }
        });
        assertThat(versions).hasSize(100);
        assertThat(versions.values()).allSatisfy(v -> assertThat(v).hasSizeBetween(1, 5));
        assertThat(counts.get(ConsumerRegistered.class)).isGreaterThanOrEqualTo(1_000);
        assertThat(counts.get(QualityMeasured.class)).isEqualTo(10_000);
        assertThat(counts).containsKeys(DataProductVersionDeprecated.class, DataProductVersionRetired.class);
        assertThat(domains).hasSize(20);
    }

    @Test
    void everyProductEventTravelsOnItsOwnersTopicAndEveryInputWasPublishedBefore() throws Exception {
        Map<String, String> owners = new HashMap<>();
        Set<String> published = new HashSet<>();
        List<String> intrusions = new ArrayList<>();
        new Workload(SMALL).emit((domain, event) -> {
            if (event instanceof DataProductVersionPublished p && p.getVersion().equals("10.0")) {
                assertThat(domain).as("the deliberate ownership violation").isNotEqualTo(owners.get(p.getProductId()));
                intrusions.add(p.getProductId());
            } else if (event instanceof DataProductVersionPublished p) {
                assertThat(owners.putIfAbsent(p.getProductId(), domain)).isIn(null, domain);
                p.getInputs().stream()
                        .filter(i -> i instanceof io.meshgov.events.DataProductInput)
                        .map(i -> (io.meshgov.events.DataProductInput) i)
                        .forEach(i -> assertThat(published).contains(i.getProductId() + "@" + i.getVersion()));
                published.add(p.getProductId() + "@" + p.getVersion());
            }
            if (event instanceof DataProductVersionDeprecated d) {
                assertThat(owners.get(d.getProductId())).isEqualTo(domain);
                assertThat(published).contains(d.getProductId() + "@" + d.getReplacementVersion());
            }
        });
        assertThat(intrusions).as("one in 25 of 100 products").hasSize(4);
    }

    @Test
    void ownersNamesEachProductsDomainAsTheWorkloadPublishesIt() throws Exception {
        Map<String, String> owners = new HashMap<>();
        new Workload(SMALL).emit((domain, event) -> {
            if (event instanceof DataProductVersionPublished p) owners.putIfAbsent(p.getProductId(), domain);
        });

        java.util.List<String> byIndex = Workload.owners(SMALL);

        assertThat(byIndex).hasSize(100);
        for (int p = 0; p < byIndex.size(); p++) {
            assertThat(byIndex.get(p)).as("product-" + p).isEqualTo(owners.get("product-" + p));
        }
    }

    private static String digest(Workload.Shape shape) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (EventSerializer<SpecificRecord> serializer = new EventSerializer<>()) {
            new Workload(shape).emit((domain, event) -> {
                sha.update(domain.getBytes());
                sha.update(serializer.serialize("t", event));
            });
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
