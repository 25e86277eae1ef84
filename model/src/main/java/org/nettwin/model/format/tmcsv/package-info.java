/**
 * Wide traffic-matrix CSV files ({@code time,SRC->DST,...}, values in Mbit/s, empty cells missing) read into a
 * {@link org.nettwin.model.traffic.TrafficMatrixSeries}.
 */
package org.nettwin.model.format.tmcsv;
