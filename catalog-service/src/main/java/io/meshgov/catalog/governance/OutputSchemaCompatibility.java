package io.meshgov.catalog.governance;

import java.util.Optional;

/** Whether a product's new output schema still reads what the old one wrote; implemented with Avro at the edge. */
public interface OutputSchemaCompatibility {

    /** Why the schema is not a valid output schema, if it is not. */
    Optional<String> invalid(String schema);

    /** Why a reader with {@code newer} cannot read data written with {@code older}, if it cannot. */
    Optional<String> backwardIncompatibility(String newer, String older);
}
