/**
 * Observed runs: OpenLineage run events read (plain Java, {@link io.meshgov.catalog.run.RunEventReader}), bound to
 * the product version whose dataset they wrote or checked ({@link io.meshgov.catalog.run.DatasetBinding}), and
 * governed there before lineage and quality follow them.
 */
package io.meshgov.catalog.run;
