package org.nettwin.emulator.mqtt;

/** Topic names of cell telemetry: {@code nettwin/cells/<gnb>/<cell>/kpi} for the cell {@code <gnb>/<cell>}. */
final class CellTopics {

    /** Every nettwin topic lives under this level; collectors subscribe to {@code nettwin/#}. */
    static final String PREFIX = "nettwin/";

    private CellTopics() {
    }

    /** The subtree a cell publishes under. */
    static String root(String deviceId) {
        requireTopicLevels(deviceId);
        return PREFIX + "cells/" + deviceId;
    }

    /** The topic a cell publishes its KPIs on. */
    static String kpi(String deviceId) {
        return root(deviceId) + "/kpi";
    }

    /** Checks that {@code levels} can be part of a topic name (no wildcard, no empty or NUL level). */
    static void requireTopicLevels(String levels) {
        if (levels.isEmpty() || levels.indexOf('+') >= 0 || levels.indexOf('#') >= 0 || levels.indexOf('\0') >= 0
                || levels.startsWith("/") || levels.endsWith("/") || levels.contains("//")) {
            throw new IllegalArgumentException("'" + levels + "' cannot be used in an MQTT topic name "
                    + "(empty level, wildcard or NUL)");
        }
    }
}
