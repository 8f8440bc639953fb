/** Governance figures for Prometheus, refreshed from the read model. */
package io.meshgov.catalog.metrics;
