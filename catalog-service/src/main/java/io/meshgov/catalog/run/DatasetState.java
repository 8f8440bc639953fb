package io.meshgov.catalog.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What the catalog knows of one dataset: the version it is bound to (null: none yet), the run events it has seen
 * lately ({@link RecentKeys}: a redelivery changes nothing) and the finished runs that wait for a binding, oldest
 * first.
 */
public record DatasetState(Claim binding, String recent, List<Observation> held) {

    public static final DatasetState EMPTY = new DatasetState(null, RecentKeys.NONE, List.of());

    public DatasetState {
        recent = recent == null ? RecentKeys.NONE : recent;
        held = held == null ? List.of() : List.copyOf(held);
    }

    /** Read from the store: a value stored before keys were hashed lists them as {@code seen}. */
    @JsonCreator
    static DatasetState stored(
            @JsonProperty("binding") Claim binding,
            @JsonProperty("recent") String recent,
            @JsonProperty("held") List<Observation> held,
            @JsonProperty("seen") List<String> seen) {
        String kept = recent;
        if (seen != null) {
            kept = RecentKeys.NONE;
            for (String key : seen) kept = RecentKeys.with(kept, key);
        }
        return new DatasetState(binding, kept, held);
    }
}
