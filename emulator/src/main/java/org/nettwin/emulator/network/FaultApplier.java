package org.nettwin.emulator.network;

import java.time.Instant;
import org.nettwin.emulator.fault.Fault;
import org.nettwin.emulator.fault.FaultResult;
import org.nettwin.emulator.truth.InjectedFault;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.traffic.OdPair;

/** Validates a fault against the network (unknown ids are refused by name) and applies it at model time now. */
final class FaultApplier {

    private FaultApplier() {
    }

    static FaultResult apply(NetworkModel model, Fault fault) {
        String effect = effect(model, fault);
        Instant at = Instant.ofEpochSecond(0, model.trueNanosAt(model.now));
        model.truth.record(new InjectedFault(fault, at, model.now));
        model.notifyOperChanges();
        return new FaultResult(fault, at, model.now, effect);
    }

    private static String effect(NetworkModel model, Fault fault) {
        Controls c = model.controls;
        if (fault instanceof Fault.LinkDown f) {
            setLinkFailed(model, f.link(), true);
            return "link " + f.link() + " down";
        } else if (fault instanceof Fault.LinkUp f) {
            setLinkFailed(model, f.link(), false);
            return "link " + f.link() + " up";
        } else if (fault instanceof Fault.NodeDown f) {
            c.nodeFailed[node(model, f.node())] = true;
            c.routesChanged = true;
            return "node " + f.node() + " down";
        } else if (fault instanceof Fault.NodeUp f) {
            c.nodeFailed[node(model, f.node())] = false;
            c.routesChanged = true;
            return "node " + f.node() + " up";
        } else if (fault instanceof Fault.Degrade f) {
            int l = link(model, f.link());
            c.loss[l] = f.lossFraction();
            c.extraDelayNanos[l] = f.extraDelay().toNanos();
            return "link " + f.link() + " loses " + f.lossFraction() + " of its traffic, +" + f.extraDelay() + " delay";
        } else if (fault instanceof Fault.Restore f) {
            int l = link(model, f.link());
            c.loss[l] = 0;
            c.extraDelayNanos[l] = 0;
            return "link " + f.link() + " restored";
        } else if (fault instanceof Fault.Surge f) {
            return surge(model, f);
        } else if (fault instanceof Fault.Reboot f) {
            DeviceBase d = device(model, f.device());
            model.reboot(d.node);
            return "node " + model.fabric.nodes[d.node].id() + " rebooting for " + model.settings.rebootDowntime();
        } else if (fault instanceof Fault.ClockJump f) {
            DeviceBase d = device(model, f.device());
            model.clocks[d.node].jump(f.by());
            return "clock of " + model.fabric.nodes[d.node].id() + " jumped by " + f.by();
        }
        throw new IllegalArgumentException("unknown fault " + fault);
    }

    private static void setLinkFailed(NetworkModel model, LinkId id, boolean failed) {
        model.controls.linkFailed[link(model, id)] = failed;
        model.controls.routesChanged = true;
    }

    private static String surge(NetworkModel model, Fault.Surge f) {
        for (NodeId n : f.origins()) {
            node(model, n);
        }
        for (NodeId n : f.destinations()) {
            node(model, n);
        }
        for (OdPair p : f.pairs()) {
            node(model, p.origin());
            node(model, p.destination());
        }
        model.demands.surge(f, model.now + f.duration().toNanos());
        int matched = 0;
        for (int p = 0; p < model.demands.size(); p++) {
            if (f.matches(model.fabric.nodes[model.demands.origin[p]].id(),
                    model.fabric.nodes[model.demands.destination[p]].id())) {
                matched++;
            }
        }
        return "surge x" + f.factor() + " on " + matched + " pairs for " + f.duration();
    }

    private static int link(NetworkModel model, LinkId id) {
        int l = model.fabric.link(id);
        if (l < 0) {
            throw new IllegalArgumentException("unknown link " + id + " (not in " + model.fabric.topology.name() + ")");
        }
        return l;
    }

    private static int node(NetworkModel model, NodeId id) {
        int n = model.fabric.node(id);
        if (n < 0) {
            throw new IllegalArgumentException("unknown node " + id + " (not in " + model.fabric.topology.name() + ")");
        }
        return n;
    }

    private static DeviceBase device(NetworkModel model, String id) {
        DeviceBase d = model.devices.get(id);
        if (d == null) {
            throw new IllegalArgumentException("unknown device " + id + " (not in " + model.fabric.topology.name() + ")");
        }
        return d;
    }
}
