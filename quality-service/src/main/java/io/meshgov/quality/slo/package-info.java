/** Service level objectives of a version's KPIs and their evaluation: PASSING, FAILING, NO_OBJECTIVE or STALE. */
package io.meshgov.quality.slo;
