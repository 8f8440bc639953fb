package io.meshgov.lineage.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the runs the catalog bound to one version showed: the last run (its id, job, whether it failed, when) and
 * every dataset a run of it read, with the last run that read it. Merging the same run again changes nothing, and an
 * older run arriving late updates only what it is the newest of.
 */
public record VersionRuns(
        String productId,
        String version,
        String lastRunId,
        boolean lastRunFailed,
        Instant lastRunAt,
        String jobNamespace,
        String jobName,
        List<ObservedInput> inputs) {

    /** The most datasets one version keeps as observed inputs (a larger run is cut, the lexically first kept). */
    public static final int MAX_INPUTS = 500;

    public VersionRuns {
        inputs = List.copyOf(inputs);
    }

    /** A dataset (OpenLineage namespace and name) a run of the version read, and the last run that did. */
    public record ObservedInput(String namespace, String name, String lastRunId, Instant lastRunAt) {}

    /** One run of the version, as the catalog accepted it. */
    public record Run(
            String runId, boolean failed, Instant at, String jobNamespace, String jobName, List<Dataset> inputs) {}

    /** A dataset as OpenLineage names it. */
    public record Dataset(String namespace, String name) {}

    public static VersionRuns first(String productId, String version, Run run) {
        return new VersionRuns(productId, version, null, false, Instant.EPOCH, null, null, List.of()).with(run);
    }

    public VersionRuns with(Run run) {
        boolean newest = run.at().isAfter(lastRunAt) || (run.at().equals(lastRunAt) && lastRunId == null);
        List<ObservedInput> merged = new ArrayList<>(inputs);
        for (Dataset input : run.inputs()) {
            int at = indexOf(merged, input.namespace(), input.name());
            ObservedInput seen = new ObservedInput(input.namespace(), input.name(), run.runId(), run.at());
            if (at < 0) {
                merged.add(seen);
            } else if (run.at().isAfter(merged.get(at).lastRunAt())) {
                merged.set(at, seen);
            }
        }
        merged.sort(Comparator.comparing(ObservedInput::namespace).thenComparing(ObservedInput::name));
        if (merged.size() > MAX_INPUTS) merged = merged.subList(0, MAX_INPUTS);
        return newest
                ? new VersionRuns(
                        productId,
                        version,
                        run.runId(),
                        run.failed(),
                        run.at(),
                        run.jobNamespace(),
                        run.jobName(),
                        merged)
                : new VersionRuns(
                        productId, version, lastRunId, lastRunFailed, lastRunAt, jobNamespace, jobName, merged);
    }

    private static int indexOf(List<ObservedInput> inputs, String namespace, String name) {
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).namespace().equals(namespace)
                    && inputs.get(i).name().equals(name)) return i;
        }
        return -1;
    }
}
