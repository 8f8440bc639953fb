/**
 * Turns a product's lifecycle and consumer events into changes of the graph: version nodes, input edges, consumer
 * edges. The first domain to publish a product owns it here as in the catalog; events the catalog would reject
 * (another domain's, a re-publication, a registration to an unknown or retired version) change nothing.
 */
package io.meshgov.lineage.projection;
