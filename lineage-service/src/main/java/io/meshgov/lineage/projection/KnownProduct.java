package io.meshgov.lineage.projection;

import io.meshgov.lineage.graph.VersionNode;
import java.util.Optional;

/** What lineage knows of one product when an event about it arrives. */
public interface KnownProduct {

    /** The domain that owns the product (the one that published its versions); empty while none is known. */
    Optional<String> owner();

    /** One of its versions, by full spelling. */
    Optional<VersionNode> version(String fullVersion);
}
