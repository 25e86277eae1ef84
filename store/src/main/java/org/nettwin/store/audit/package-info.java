/** The audit log: every action on the network with who, why, predicted and measured effect; hash-chained. */
package org.nettwin.store.audit;
