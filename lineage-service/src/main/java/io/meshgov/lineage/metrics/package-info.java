/** Graph size for Prometheus: nodes and edges by kind. */
package io.meshgov.lineage.metrics;
