package io.meshgov.lineage.projection;

import io.meshgov.lineage.graph.VersionNode;
import java.util.Optional;

/** What lineage knows of one product when an accepted input about it arrives. */
public interface KnownProduct {

    /** One of its versions, by full spelling. */
    Optional<VersionNode> version(String fullVersion);

    /** The position of the last accepted input applied (0 before the first): a replayed one changes nothing. */
    long appliedUpTo();
}
