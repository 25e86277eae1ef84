package org.nettwin.twin.live;

import java.util.List;
import java.util.Map;
import org.nettwin.twin.state.ElementStatus;

/**
 * The reconciled figures of one recompute, indexed like {@link NetworkIndex}: per direction the carried rate (bit/s),
 * utilisation, loss ratio and drops/s (NaN = not reported) and the window's mean carried rate; per link and node the
 * status; per node when it was last heard (epoch ms, 0 = never) and its KPIs.
 */
record Reconciled(double[] rate, double[] utilisation, double[] loss, double[] drops, double[] windowRate,
                  ElementStatus[] linkStatus, ElementStatus[] nodeStatus, long[] lastSeen,
                  List<Map<String, Double>> nodeKpis) {
}
