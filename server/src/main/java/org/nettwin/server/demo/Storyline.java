package org.nettwin.server.demo;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A scripted sequence of faults, each at an offset from the start and with a sentence telling the viewer what to
 * watch. The demo's default: a transport link fails about a minute in, the east radio sites surge a minute later,
 * the link is repaired a minute after that.
 */
record Storyline(List<Beat> beats) {

    Storyline {
        beats = List.copyOf(beats);
    }

    /** One step of the story: when, the emulator fault JSON, and what the viewer should see. */
    record Beat(Duration at, String faultJson, String narrative) {
        Beat {
            requireNonNull(at, "at");
            requireNonNull(faultJson, "faultJson");
            requireNonNull(narrative, "narrative");
        }
    }

    static final Storyline METRO = new Storyline(List.of(
            new Beat(Duration.ofSeconds(60), "{\"type\":\"link-down\",\"link\":\"core-gw--agg-north\"}",
                    "the core uplink of the north aggregation router fails: the map marks it down and its traffic"
                            + " moves round the metro ring to core-gw--agg-west"),
            new Beat(Duration.ofSeconds(120), "{\"type\":\"surge\",\"from\":[\"gnb-03\",\"gnb-04\"],\"factor\":3,"
                    + "\"duration\":\"PT60S\"}",
                    "traffic from the east radio sites gnb-03 and gnb-04 triples for a minute: watch the ring links"
                            + " towards the core heat up and the twin re-estimate the traffic matrix"),
            new Beat(Duration.ofSeconds(180), "{\"type\":\"link-up\",\"link\":\"core-gw--agg-north\"}",
                    "the link is repaired: traffic returns to its shortest path and the alarms clear")));

    /**
     * Schedules every beat on {@code scheduler}: {@code inject} applies the fault JSON and returns what it did, and
     * {@code say} prints one line per beat (including a refusal).
     */
    void schedule(ScheduledExecutorService scheduler, Function<String, String> inject, Consumer<String> say) {
        for (Beat b : beats) {
            scheduler.schedule(() -> {
                String when = String.format(Locale.ROOT, "%d:%02d", b.at().toMinutes(), b.at().toSecondsPart());
                try {
                    say.accept("story " + when + " — " + b.narrative() + " (" + inject.apply(b.faultJson()) + ")");
                } catch (RuntimeException e) {
                    say.accept("story " + when + " — fault refused: " + e.getMessage());
                }
            }, b.at().toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
