/**
 * The catalog's HTTP intake of OpenLineage events: the Kafka edge that writes a checked event, as received, to its
 * domain's topic (the web layer decides what to write, this package how).
 */
package io.meshgov.catalog.intake;
