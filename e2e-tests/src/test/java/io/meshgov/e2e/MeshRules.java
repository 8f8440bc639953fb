package io.meshgov.e2e;

import io.meshgov.events.ConsumerDeregistered;
import io.meshgov.events.ConsumerRegistered;
import io.meshgov.events.DataProductVersionDeprecated;
import io.meshgov.events.DataProductVersionPublished;
import io.meshgov.events.DataProductVersionRetired;
import io.meshgov.mesh.SemanticVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.avro.specific.SpecificRecord;

/**
 * The catalog's governance rules for the events {@link RandomMesh} sends, written here apart from the services'
 * code: what each version's status and consumers must be once every event is decided. Events are taken in the order
 * they were sent (each acknowledged before the next); one that names a version not published yet (a registration,
 * a deprecation's replacement) waits for it, as the catalog holds it.
 */
final class MeshRules {

    private static final Duration NOTICE = Duration.ofDays(30);

    /** A version as the model keeps it. */
    private static final class Version {
        final DataProductVersionPublished spec;
        String status = "ACTIVE";
        DataProductVersionDeprecated deprecation;
        final Set<String> consumers = new TreeSet<>();

        Version(DataProductVersionPublished spec) {
            this.spec = spec;
        }
    }

    private final Map<String, String> owners = new HashMap<>();
    private final Map<String, Map<String, Version>> products = new TreeMap<>();
    private final Map<String, List<Runnable>> waiting = new HashMap<>(); // by product@version awaited
    private final Set<String> seen = new HashSet<>();

    void accept(String domain, SpecificRecord event) {
        String id =
                String.valueOf(event.get(event.getSchema().getField("eventId").pos()));
        if (!seen.add(id)) return; // a redelivery: the catalog recognises what is already true
        if (event instanceof DataProductVersionPublished e) published(domain, e);
        else if (event instanceof DataProductVersionDeprecated e) deprecated(domain, e);
        else if (event instanceof DataProductVersionRetired e) retired(domain, e);
        else if (event instanceof ConsumerRegistered e) registered(e);
        else deregistered((ConsumerDeregistered) event);
    }

    /** Status of every version, by product and full version. */
    Map<String, Map<String, String>> statuses() {
        Map<String, Map<String, String>> all = new TreeMap<>();
        products.forEach((p, versions) -> {
            Map<String, String> byVersion = new TreeMap<>();
            versions.forEach((v, version) -> byVersion.put(v, version.status));
            all.put(p, byVersion);
        });
        return all;
    }

    Set<String> consumers(String productId, String version) {
        return Set.copyOf(products.get(productId).get(version).consumers);
    }

    /** Events still waiting for a version that never came (none, in the meshes the generator makes). */
    int waiting() {
        return waiting.values().stream().mapToInt(List::size).sum();
    }

    private void published(String domain, DataProductVersionPublished e) {
        String owner = owners.putIfAbsent(e.getProductId(), domain);
        if (owner != null && !owner.equals(domain)) return; // ownership
        Map<String, Version> versions = products.computeIfAbsent(e.getProductId(), p -> new TreeMap<>());
        String v = full(e.getVersion());
        if (versions.containsKey(v)) return; // identical: nothing new; different: immutable-version
        versions.put(v, new Version(e));
        List<Runnable> released = waiting.remove(e.getProductId() + "@" + v);
        if (released != null) released.forEach(Runnable::run);
    }

    private void deprecated(String domain, DataProductVersionDeprecated e) {
        Version version = version(e.getProductId(), e.getVersion());
        if (version == null || !domain.equals(owners.get(e.getProductId()))) return;
        String replacement = e.getReplacementVersion() == null ? null : full(e.getReplacementVersion());
        if (replacement != null && version(e.getProductId(), replacement) == null) {
            waiting.computeIfAbsent(e.getProductId() + "@" + replacement, k -> new ArrayList<>())
                    .add(() -> deprecated(domain, e));
            return;
        }
        if (!version.status.equals("ACTIVE")) return;
        if (replacement != null
                && (replacement.equals(full(e.getVersion()))
                        || !version(e.getProductId(), replacement).status.equals("ACTIVE"))) return;
        if (Duration.between(e.getOccurredAt(), e.getSunsetAt()).compareTo(NOTICE) < 0) return;
        version.status = "DEPRECATED";
        version.deprecation = e;
    }

    private void retired(String domain, DataProductVersionRetired e) {
        Version version = version(e.getProductId(), e.getVersion());
        if (version == null || version.status.equals("RETIRED")) return;
        if (!domain.equals(owners.get(e.getProductId())) || !version.status.equals("DEPRECATED")) return;
        boolean afterSunset = !e.getOccurredAt().isBefore(version.deprecation.getSunsetAt());
        if (!afterSunset && !version.consumers.isEmpty()) return;
        version.status = "RETIRED";
    }

    private void registered(ConsumerRegistered e) {
        Version version = version(e.getProductId(), e.getVersion());
        if (version == null) {
            waiting.computeIfAbsent(e.getProductId() + "@" + full(e.getVersion()), k -> new ArrayList<>())
                    .add(() -> registered(e));
            return;
        }
        if (version.consumers.contains(e.getConsumerId()) || version.status.equals("RETIRED")) return;
        version.consumers.add(e.getConsumerId());
    }

    private void deregistered(ConsumerDeregistered e) {
        Version version = version(e.getProductId(), e.getVersion());
        if (version != null) version.consumers.remove(e.getConsumerId());
    }

    private Version version(String productId, String version) {
        Map<String, Version> versions = products.get(productId);
        return versions == null ? null : versions.get(full(version));
    }

    private static String full(String version) {
        return SemanticVersion.parse(version).toString();
    }
}
