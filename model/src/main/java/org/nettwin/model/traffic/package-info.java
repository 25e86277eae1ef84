/** Traffic: origin-destination demands, traffic matrices, time series of matrices and a gravity-model generator. */
package org.nettwin.model.traffic;
