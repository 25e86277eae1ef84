package org.nettwin.server.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Query parameters read strictly: a bad value is a 400 naming the parameter and what was expected. */
final class Params {

    private Params() {
    }

    static Optional<String> text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    static Optional<Instant> instant(Context ctx, String name) {
        return text(ctx, name).map(v -> instant(name, v));
    }

    static Instant instant(String name, String v) {
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("query parameter " + name + ": not an ISO-8601 instant (e.g. "
                    + "2026-01-01T12:00:00Z): '" + clip(v) + "'");
        }
    }

    static int limit(Context ctx, int fallback, int max) {
        Optional<String> v = text(ctx, "limit");
        if (v.isEmpty()) {
            return fallback;
        }
        long n = integer("limit", v.get());
        if (n < 1 || n > max) {
            throw ApiError.badRequest("query parameter limit must be in 1.." + max + ", was " + n);
        }
        return (int) n;
    }

    static long integer(String name, String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("query parameter " + name + ": not an integer: '" + clip(v) + "'");
        }
    }

    static long requiredInteger(Context ctx, String name) {
        return integer(name, text(ctx, name).orElseThrow(() ->
                ApiError.badRequest("query parameter " + name + " is required")));
    }

    /** Echoes at most 40 characters of a bad value, so an error stays one short line. */
    static String clip(String v) {
        String oneLine = v.replaceAll("[\\r\\n\\t]", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "...";
    }
}
