package org.nettwin.telemetry.gnmi;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.nettwin.telemetry.measurement.Measurement;

/**
 * Turns one {@code SubscribeResponse} (a JSON tree) into measurements: for each update of its notification, one per
 * scalar leaf. The measurement's name is the full path (prefix elems, then update elems, then any JSON members), its
 * labels {@code origin} and {@code target} when the message gives them (the prefix's origin wins over the path's),
 * its source the target, else the decoder's default source. Deletes, sync responses and errors yield nothing.
 */
final class NotificationDecoder {

    private final TypedValues values = new TypedValues();
    private final String defaultSource;
    /** The labels of the previous update, reused while origin and target stay the same (they usually do). */
    private String lastOrigin = "";
    private String lastTarget = "";
    private Map<String, String> lastLabels = Map.of();

    NotificationDecoder(String defaultSource) {
        this.defaultSource = defaultSource;
    }

    /** Adds the message's measurements to {@code out}; nothing is added when it throws. */
    void decode(Node response, List<Measurement> out) throws GnmiProblem {
        Node notification = response.get("update");
        if (notification == null || notification.isNull()) {
            checkSync(response);
            return;
        }
        if (!notification.isObject()) {
            throw new GnmiProblem("update: expected a Notification object, got " + TypedValues.kindOf(notification));
        }
        long ts = timestamp(notification.get("timestamp"));
        Node prefix = notification.get("prefix");
        StringBuilder prefixPath = new StringBuilder();
        Where prefixWhere = Where.of("prefix");
        GnmiPath.append(prefix, prefixWhere, prefixPath);
        String prefixOrigin = GnmiPath.origin(prefix, prefixWhere);
        String target = GnmiPath.target(prefix, prefixWhere);
        Node updates = notification.get("update");
        if (updates == null || updates.isNull()) {
            return;
        }
        if (!updates.isArray()) {
            throw new GnmiProblem("update.update: expected an array, got " + TypedValues.kindOf(updates));
        }
        int before = out.size();
        Context context = new Context(prefixPath, prefixOrigin, target,
                ts == 0 ? OptionalLong.empty() : OptionalLong.of(ts));
        Where updatesWhere = Where.of("update");
        try {
            for (int i = 0; i < updates.size(); i++) {
                update(updates.child(i), updatesWhere.index(".update", i), context, out);
            }
        } catch (GnmiProblem e) {
            out.subList(before, out.size()).clear();
            throw e;
        }
    }

    private void update(Node update, Where where, Context context, List<Measurement> out) throws GnmiProblem {
        if (!update.isObject()) {
            throw new GnmiProblem(where + ": expected an Update object, got " + TypedValues.kindOf(update));
        }
        Node path = update.get("path");
        StringBuilder name = new StringBuilder(context.prefixPath);
        Where pathWhere = where.child(".path");
        GnmiPath.append(path, pathWhere, name);
        String origin = context.prefixOrigin.isEmpty() ? GnmiPath.origin(path, pathWhere) : context.prefixOrigin;
        Node val = update.get("val");
        if (val == null || val.isNull()) {
            return;
        }
        Map<String, String> labels = labels(origin, context.target);
        String source = context.target.isEmpty() ? defaultSource : context.target;
        OptionalLong ts = context.ts;
        String base = name.isEmpty() ? "/" : name.toString();
        values.decode(val, where.child(".val"), (suffix, value) -> out.add(new Measurement(source,
                suffix.isEmpty() ? base : name.isEmpty() ? suffix : base + suffix, labels, ts, value)));
    }

    /** Immutable, so that {@code Measurement}'s defensive copy is free. */
    private Map<String, String> labels(String origin, String target) {
        if (!origin.equals(lastOrigin) || !target.equals(lastTarget)) {
            lastLabels = newLabels(origin, target);
            lastOrigin = origin;
            lastTarget = target;
        }
        return lastLabels;
    }

    private static Map<String, String> newLabels(String origin, String target) {
        if (origin.isEmpty()) {
            return target.isEmpty() ? Map.of() : Map.of("target", target);
        }
        return target.isEmpty() ? Map.of("origin", origin) : Map.of("origin", origin, "target", target);
    }

    private static long timestamp(Node ts) throws GnmiProblem {
        if (ts == null || ts.isNull()) {
            return 0;
        }
        String digits = TypedValues.integerText(ts, Where.of("update.timestamp"));
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new GnmiProblem("update.timestamp: not a 64-bit integer: " + digits);
        }
    }

    private static void checkSync(Node response) throws GnmiProblem {
        Node sync = response.get("syncResponse") != null ? response.get("syncResponse") : response.get("sync_response");
        if (sync != null && !sync.isBoolean() && !sync.isNull()) {
            throw new GnmiProblem("syncResponse: expected true or false, got " + TypedValues.kindOf(sync));
        }
    }

    /** What every update of one notification shares. */
    private record Context(CharSequence prefixPath, String prefixOrigin, String target, OptionalLong ts) {
    }
}
