/**
 * The Kafka edge of lineage: decode every domain's product and consumer events (dead-lettering what cannot be
 * decoded), route them by product, project them into graph changes, and publish the graph to the compacted view
 * topic every instance reads into its own complete copy.
 */
package io.meshgov.lineage.stream;
