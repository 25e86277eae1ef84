/** Events and alarms (raise and clear by alarm key) in the repository. */
package org.nettwin.store.events;
