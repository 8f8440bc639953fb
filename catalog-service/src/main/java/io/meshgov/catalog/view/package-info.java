/**
 * The catalog's read model: every instance keeps a full copy (global state stores fed from the changelogs the
 * processing writes), so any instance answers any query, lists included, without forwarding.
 */
package io.meshgov.catalog.view;
