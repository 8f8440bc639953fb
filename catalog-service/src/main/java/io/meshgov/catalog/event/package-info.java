/** The catalog's input events, in its own terms, and the product state they are decided against. */
package io.meshgov.catalog.event;
