package org.nettwin.server.dashboard;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;

/**
 * Serves the built dashboard (classpath {@code /public}) on 127.0.0.1 and an ephemeral port, without any API: for
 * tests of the bundle alone (the login page needs no API).
 */
final class BundleServer implements AutoCloseable {

    private final Javalin app;

    private BundleServer(Javalin app) {
        this.app = app;
    }

    static BundleServer start() {
        if (BundleServer.class.getResource("/public/index.html") == null) {
            throw new IllegalStateException("the dashboard bundle is not on the classpath (public/index.html): build "
                + "it with 'mvn -pl server generate-resources' (not with -Dnettwin.web.skip=true)");
        }
        Javalin app = Javalin.create(cfg -> cfg.staticFiles.add("/public", Location.CLASSPATH));
        app.start("127.0.0.1", 0);
        return new BundleServer(app);
    }

    String url() {
        return "http://127.0.0.1:" + app.port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }
}
