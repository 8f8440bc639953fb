/** KPI values and statuses for Prometheus, with a cap on label cardinality. */
package io.meshgov.quality.metrics;
