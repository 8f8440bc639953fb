/**
 * The products' search: an Apache Lucene index in each instance, fed from the instance's read model (a product's
 * document is rebuilt from the views whenever one of its keys changes), ranked and faceted, with the classification
 * rule applied in the query itself, so that nothing a caller may not see is found or counted.
 */
package io.meshgov.catalog.search;
