/**
 * Traffic-matrix estimation from link loads: the tomogravity method of Zhang, Roughan, Duffield and Greenberg
 * (SIGMETRICS 2003) over the model's ECMP routing, and the error figures that compare an estimate with the truth.
 */
package org.nettwin.twin.matrix;
