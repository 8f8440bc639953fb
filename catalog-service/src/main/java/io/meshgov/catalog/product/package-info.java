/** Data products and their versions side by side, each with its own lifecycle status. */
package io.meshgov.catalog.product;
