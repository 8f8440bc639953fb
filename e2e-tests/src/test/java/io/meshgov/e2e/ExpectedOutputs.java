package io.meshgov.e2e;

import io.meshgov.cli.Workload;
import io.meshgov.events.ConsumerDeregistered;
import io.meshgov.events.ConsumerRegistered;
import io.meshgov.events.DataProductVersionDeprecated;
import io.meshgov.events.DataProductVersionPublished;
import io.meshgov.events.DataProductVersionRetired;
import io.meshgov.events.ObjectiveComparator;
import io.meshgov.events.QualityMeasured;
import io.meshgov.mesh.SemanticVersion;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;

/**
 * What the services must hold and announce for a workload: versions accepted (catalog), from a small model of the rules written here, apart from the
 * services' code: alerts opened and resolved (catalog), violations (catalog), status changes (quality). Escalations
 * depend on when the wall-clock check runs, so only their upper bound is known: every opened alert at most once.
 *
 * <p>The model covers what the synthetic workload does: publications (the first domain owns a product), deprecations
 * and retirements by the owner, registrations and deregistrations, measurements of KPIs with objectives.
 */
record ExpectedOutputs(int versions, int opened, int resolved, int violations, int statusChanges) {

    static ExpectedOutputs of(Workload workload) throws Exception {
        Model model = new Model();
        workload.emit(model::accept);
        return new ExpectedOutputs(
                model.status.size(), model.opened, model.resolved, model.violations, model.statusChanges);
    }

    private static final class Model {
        final Map<String, String> owners = new HashMap<>();
        final Map<String, String> status = new HashMap<>(); // product@version -> ACTIVE, DEPRECATED, RETIRED
        final Map<String, DataProductVersionPublished> specs = new HashMap<>();
        final Set<String> registered = new HashSet<>(); // product@version#consumer
        final Set<String> pendingAlerts = new HashSet<>(); // product@version#consumer
        final Map<String, Boolean> passing = new HashMap<>(); // product@version#kpi -> last status
        int opened, resolved, violations, statusChanges;

        void accept(String domain, SpecificRecord event) {
            if (event instanceof DataProductVersionPublished e) published(domain, e);
            else if (event instanceof DataProductVersionDeprecated e) deprecated(domain, e);
            else if (event instanceof DataProductVersionRetired e) retired(domain, e);
            else if (event instanceof ConsumerRegistered e) registered(e);
            else if (event instanceof ConsumerDeregistered e) deregistered(e);
            else measured((QualityMeasured) event);
        }

        void published(String domain, DataProductVersionPublished e) {
            String owner = owners.putIfAbsent(e.getProductId(), domain);
            if (owner != null && !owner.equals(domain)) {
                violations++; // ownership
                return;
            }
            String key = key(e.getProductId(), e.getVersion());
            status.put(key, "ACTIVE");
            specs.put(key, e);
        }

        void deprecated(String domain, DataProductVersionDeprecated e) {
            String key = key(e.getProductId(), e.getVersion());
            if (!domain.equals(owners.get(e.getProductId())) || !"ACTIVE".equals(status.get(key))) {
                violations++;
                return;
            }
            status.put(key, "DEPRECATED");
            for (String consumer : consumersOf(key)) {
                if (!registeredToNewer(e.getProductId(), e.getVersion(), consumer)) {
                    opened++;
                    pendingAlerts.add(key + "#" + consumer);
                }
            }
        }

        void retired(String domain, DataProductVersionRetired e) {
            String key = key(e.getProductId(), e.getVersion());
            if (!domain.equals(owners.get(e.getProductId())) || !"DEPRECATED".equals(status.get(key))) {
                violations++; // the workload retires only after the sunset: the state is the only question
                return;
            }
            status.put(key, "RETIRED");
        }

        void registered(ConsumerRegistered e) {
            String key = key(e.getProductId(), e.getVersion());
            String state = status.get(key);
            if (state == null || state.equals("RETIRED")) {
                violations++;
                return;
            }
            if (!registered.add(key + "#" + e.getConsumerId())) return; // already registered: nothing new
            if (state.equals("DEPRECATED") && pendingAlerts.add(key + "#" + e.getConsumerId())) opened++;
            SemanticVersion to = SemanticVersion.parse(e.getVersion());
            for (String alert : Set.copyOf(pendingAlerts)) {
                String[] parts = alert.split("[@#]", 3);
                if (parts[0].equals(e.getProductId())
                        && parts[2].equals(e.getConsumerId())
                        && SemanticVersion.parse(parts[1]).compareTo(to) < 0) {
                    pendingAlerts.remove(alert);
                    resolved++;
                }
            }
        }

        void deregistered(ConsumerDeregistered e) {
            String registration = key(e.getProductId(), e.getVersion()) + "#" + e.getConsumerId();
            if (registered.remove(registration) && pendingAlerts.remove(registration)) resolved++;
        }

        void measured(QualityMeasured e) {
            String key = key(e.getProductId(), e.getVersion());
            var objective = specs.get(key).getObjectives().stream()
                    .filter(o -> o.getKpi().equals(e.getKpi()))
                    .findFirst()
                    .orElseThrow();
            boolean passes = objective.getComparator() == ObjectiveComparator.AT_LEAST
                    ? e.getValue() >= objective.getThreshold()
                    : e.getValue() <= objective.getThreshold();
            Boolean before = passing.put(key + "#" + e.getKpi(), passes);
            if (before == null || before != passes) statusChanges++;
        }

        private Set<String> consumersOf(String key) {
            Set<String> consumers = new HashSet<>();
            for (String r : registered) if (r.startsWith(key + "#")) consumers.add(r.substring(key.length() + 1));
            return consumers;
        }

        private boolean registeredToNewer(String productId, String version, String consumer) {
            SemanticVersion than = SemanticVersion.parse(version);
            for (String r : registered) {
                String[] parts = r.split("[@#]", 3);
                if (parts[0].equals(productId)
                        && parts[2].equals(consumer)
                        && SemanticVersion.parse(parts[1]).compareTo(than) > 0) return true;
            }
            return false;
        }

        private static String key(String productId, String version) {
            return productId + "@" + SemanticVersion.parse(version);
        }
    }
}
