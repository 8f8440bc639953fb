/**
 * Applies the mesh's input events to one product's state under governance: the decision of what changes, which
 * alerts open, move or resolve, and which events are rejected as violations. Plain Java; the stream edge feeds it.
 */
package io.meshgov.catalog.ledger;
