package org.nettwin.server.api;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/** One API endpoint: method, Javalin path ({@code /api/whatif/{id}}), the least role it needs and its handler. */
record Route(HandlerType method, String path, Role role, Action action) {

    Route {
        requireNonNull(method, "method");
        requireNonNull(path, "path");
        requireNonNull(role, "role");
        requireNonNull(action, "action");
    }

    static Route get(String path, Role role, Action action) {
        return new Route(HandlerType.GET, path, role, action);
    }

    static Route post(String path, Role role, Action action) {
        return new Route(HandlerType.POST, path, role, action);
    }

    static Route delete(String path, Role role, Action action) {
        return new Route(HandlerType.DELETE, path, role, action);
    }

    /** {@code GET /api/topology}. */
    String label() {
        return method.name() + " " + path;
    }

    /** Answers an authenticated request: returns the body to write as JSON (a record or a Jackson node). */
    @FunctionalInterface
    interface Action {
        Object handle(Context ctx, Caller caller) throws Exception;
    }
}
