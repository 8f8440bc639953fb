/**
 * For pipeline authors in Java: builders that check an event's required fields before it leaves the pipeline, and a
 * publisher that sends it to the domain's right topic with the right key.
 */
package io.meshgov.pipeline;
