/**
 * The catalog's read model: every instance keeps a full copy (a global state store fed from the view topic the
 * processing writes), so any instance answers any query, lists included, without forwarding.
 */
package io.meshgov.catalog.view;
