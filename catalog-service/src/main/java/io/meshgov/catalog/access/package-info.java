/** Access requests to a product version, the owner's decisions and the grants they make, with their expiry. */
package io.meshgov.catalog.access;
