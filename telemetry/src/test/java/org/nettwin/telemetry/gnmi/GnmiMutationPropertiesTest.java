package org.nettwin.telemetry.gnmi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nettwin.model.format.FormatException;
import org.nettwin.telemetry.measurement.Measurement;

/** Mutated captures decode into measurements or fail with a FormatException, never anything else. */
class GnmiMutationPropertiesTest {

    private static final String NOISE = "{}[]\":,0123456789-.eEtrufalsn \\/=AZaz\u00e9\u0000";

    @Property(tries = 400)
    void mutatedCapturesGiveMeasurementsOrAFormatException(@ForAll("mutated") byte[] payload) {
        List<Measurement> got = new ArrayList<>();
        try {
            new GnmiJsonDecoder("p").decode("mutated.json", new java.io.ByteArrayInputStream(payload), got::add);
        } catch (FormatException e) {
            assertThat(e.getMessage()).startsWith("mutated.json").doesNotContain("\n");
        }
        assertThat(got).allSatisfy(m -> assertThat(m.name()).startsWith("/"));
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        List<byte[]> files = SharedFiles.responses().stream().map(GnmiMutationPropertiesTest::read).toList();
        Arbitrary<byte[]> file = Arbitraries.of(files);
        Arbitrary<Integer> edits = Arbitraries.integers().between(1, 4);
        return Combinators.combine(file, edits, Arbitraries.randoms()).as((bytes, n, random) -> {
            byte[] copy = bytes.clone();
            int length = copy.length;
            for (int i = 0; i < n && length > 0; i++) {
                int at = random.nextInt(length);
                switch (random.nextInt(3)) {
                    case 0 -> copy[at] = (byte) NOISE.charAt(random.nextInt(NOISE.length()));
                    case 1 -> length = at; // truncate
                    default -> copy[at] = (byte) random.nextInt(256);
                }
            }
            return java.util.Arrays.copyOf(copy, Math.max(length, 0));
        });
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
