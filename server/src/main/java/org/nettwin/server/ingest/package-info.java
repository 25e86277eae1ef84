/** Ingestion: the adapter that writes the cleaning pipeline's samples into the store's time series. */
package org.nettwin.server.ingest;
