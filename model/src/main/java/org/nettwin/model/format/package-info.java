/**
 * Reading networks from real file formats: format detection by content, the common reader contract and
 * one-line {@link org.nettwin.model.format.FormatException}s naming file, location and problem.
 * Each format has its own sub-package.
 */
package org.nettwin.model.format;
