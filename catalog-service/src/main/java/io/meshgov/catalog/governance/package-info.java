/**
 * Computational governance: named policies that every input event must pass, with global defaults and per-domain
 * overrides. An event that breaks one is not applied and becomes a {@link io.meshgov.catalog.governance.Violation}.
 */
package io.meshgov.catalog.governance;
