/**
 * The Kafka edge of the catalog: the topology that decodes every domain's product and consumer events, routes
 * them by product, applies them with the ledger in state stores, and publishes alerts, violations and the read
 * model every instance serves queries from.
 */
package io.meshgov.catalog.stream;
