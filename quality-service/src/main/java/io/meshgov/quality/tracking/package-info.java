/**
 * Tracks each KPI of each version: the latest measurement by time (late ones only fill history), hourly history,
 * status transitions with deterministic ids, and measurements kept until their version is published. Plain Java.
 */
package io.meshgov.quality.tracking;
