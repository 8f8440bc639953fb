/**
 * The version-aware lineage graph and its traversals: upstream, downstream and impact, bounded by depth, never
 * repeating a node, flagging cycles. Plain Java over a {@link io.meshgov.lineage.graph.GraphReader}.
 */
package io.meshgov.lineage.graph;
