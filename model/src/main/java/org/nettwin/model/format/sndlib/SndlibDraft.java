package org.nettwin.model.format.sndlib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * An SNDlib instance as a file states it, before ids and ends are checked: the same shape whether it came from
 * the native or the XML format. Numbers are in the file's {@link SndlibUnit}; lines are for error messages.
 */
final class SndlibDraft {

    /** The {@code # network NAME} comment of a native file; empty when there is none. */
    String name = "";
    SndlibUnit unit = SndlibUnit.MBITPERSEC;
    /** Whether the file says its coordinates are drawing units (XML {@code coordinatesType="pixel"}). */
    boolean planar;
    final List<DraftNode> nodes = new ArrayList<>();
    final List<DraftLink> links = new ArrayList<>();
    final List<DraftDemand> demands = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    /** A node; {@code located} tells whether x (longitude) and y (latitude) were given. */
    record DraftNode(String id, boolean located, double x, double y, int line) {
    }

    /** A capacity option that can be installed on a link, with its cost. */
    record DraftModule(double capacity, double cost) {
    }

    /**
     * A link; {@code capacity} is the pre-installed capacity, empty when the file has none (XML without
     * {@code preInstalledModule}). {@code costs} are named cost figures kept as link attributes.
     */
    record DraftLink(String id, String source, String target, OptionalDouble capacity, List<DraftModule> modules,
                     Map<String, String> costs, int line) {
        DraftLink {
            modules = List.copyOf(modules);
            costs = Map.copyOf(costs);
        }
    }

    /** A demand of {@code value} (in the file's unit) from {@code source} to {@code target}. */
    record DraftDemand(String id, String source, String target, double value, int line) {
    }
}
