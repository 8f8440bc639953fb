/**
 * Turns the inputs the catalog accepted into changes of the graph: version nodes, input edges, consumer edges. The
 * catalog decides governance once; lineage follows its decisions and applies each accepted input once, in order.
 */
package io.meshgov.lineage.projection;
