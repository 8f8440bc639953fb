package io.meshgov.catalog.run;

import java.util.List;

/**
 * What the catalog knows of one dataset: the version it is bound to (null: none yet), the run events it has seen
 * lately (a redelivery changes nothing) and the finished runs that wait for a binding, oldest first.
 */
public record DatasetState(Claim binding, List<String> seen, List<Observation> held) {

    public static final DatasetState EMPTY = new DatasetState(null, List.of(), List.of());

    public DatasetState {
        seen = seen == null ? List.of() : List.copyOf(seen);
        held = held == null ? List.of() : List.copyOf(held);
    }
}
