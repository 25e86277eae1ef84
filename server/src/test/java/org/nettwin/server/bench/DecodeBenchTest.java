package org.nettwin.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.nettwin.server.cli.CommandRun;

class DecodeBenchTest {

    @Test
    void printsSamplesPerSecondForBothFormats() throws Exception {
        CommandRun run = CommandRun.of("bench", "decode", "--json", "--samples", "5000", "--warmup", "0", "--rounds", "1");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode figures = new ObjectMapper().readTree(run.out());
        for (String format : new String[] {"gnmi-json", "prometheus"}) {
            assertThat(figures.get(format).get("samples").asLong()).as(format).isGreaterThanOrEqualTo(5000);
            assertThat(figures.get(format).get("samples_per_s").asDouble()).as(format).isPositive();
        }
    }
}
