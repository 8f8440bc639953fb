/** Who consumes which version of which data product. */
package io.meshgov.catalog.consumer;
