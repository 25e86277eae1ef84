package org.nettwin.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without an emulator (not demo mode) the fault routes answer 404 with a reason. */
class FaultlessApiTest {

    @TempDir
    Path dir;

    @Test
    void answersFaultRoutesWith404WhenNoEmulatorRuns() {
        try (ApiFixture api = new ApiFixture(dir, false, ApiSettings.DEFAULTS)) {
            HttpResponse<String> get = api.get("/api/emulator/faults", ApiFixture.VIEWER);
            assertThat(get.statusCode()).isEqualTo(404);
            assertThat(api.json(get).path("error").asText()).contains("emulator");
            HttpResponse<String> post = api.call("POST", "/api/emulator/faults", ApiFixture.OPERATOR,
                    "{\"type\":\"link-down\",\"link\":\"L1\"}");
            assertThat(post.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void bindsOnlyTheLoopbackAddressByDefault() {
        try (ApiFixture api = new ApiFixture(dir, false, ApiSettings.DEFAULTS)) {
            assertThat(api.server.uri().getHost()).isEqualTo("127.0.0.1");
            assertThat(api.server.port()).isPositive();
        }
    }
}
