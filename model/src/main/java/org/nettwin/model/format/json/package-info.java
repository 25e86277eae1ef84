/**
 * JSON support shared by the JSON-based formats: a parsed tree that remembers the line of every value, so that a
 * reader can name where a problem is, and a writer setup with stable, exact number formatting.
 */
package org.nettwin.model.format.json;
