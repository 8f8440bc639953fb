/** The quality read model: every instance holds all of it (a global store) and answers every query from it. */
package io.meshgov.quality.view;
