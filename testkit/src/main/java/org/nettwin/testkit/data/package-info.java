/** Access to the shared public datasets and specs that tests read through {@code ../shared}. */
package org.nettwin.testkit.data;
