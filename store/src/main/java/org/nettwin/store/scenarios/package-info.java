/** What-if scenarios and their results, kept as their exchange-format JSON. */
package org.nettwin.store.scenarios;
