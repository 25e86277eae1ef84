package org.nettwin.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.nettwin.model.format.nettwin.NettwinReader;
import org.nettwin.model.format.scenario.ScenarioReader;

/**
 * Feeds the JSON readers random bytes and mutated copies (truncated, byte-flipped, spliced, with tokens swapped) of
 * the real scenario files and the metro example: the only outcomes allowed are a {@link NetworkFile} or a
 * {@link FormatException} with a one-line message.
 */
class MutatedInputTest {

    /** Replacements that keep the JSON valid but break the content: types, signs, references. */
    private static final String[][] SWAPS = {
        {"\"a\": 0", "\"a\": 99"}, {": 1", ": -1"}, {"1000", "0"}, {"\"", "'"}, {"[", "{"}, {"0.0", "1e999"},
        {": 0", ": \"\""}, {"\"id\": 1", "\"id\": 0"}, {"poisson", "Poisson"}, {"\"gnb\"", "\"router\""},
        {"\"link\"", "\"node\""}, {"1", "1.5"}, {"\"rate_bps\"", "\"x\""}, {"0", "null"}, {"e", "E"},
        {"\"capacity_bps\": ", "\"capacity_bps\": -"}, {",", ",,"}, {"}", "}}"}, {"2", "99999999999999999999999"},
    };

    private static final List<byte[]> ORIGINALS = originals();

    private final List<NetworkReader> readers = List.of(new ScenarioReader(), new NettwinReader());

    private static List<byte[]> originals() {
        List<byte[]> files = new ArrayList<>();
        try {
            for (Path p : SharedFiles.anchorScenarios()) {
                files.add(Files.readAllBytes(p));
            }
            files.add(Files.readAllBytes(SharedFiles.examples().resolve("metro-5g.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    @Property(tries = 300)
    void rejectsRandomBytesWithAFormatException(@ForAll @Size(max = 300) byte[] bytes) {
        feed(bytes);
    }

    @Property(tries = 200)
    void rejectsRandomJsonLikeTextWithAFormatException(@ForAll("jsonish") String text) {
        feed(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 400)
    void readsOrRejectsMutatedRealFiles(@ForAll @IntRange(min = 0, max = 20) int fileIndex, @ForAll long seed) {
        byte[] original = ORIGINALS.get(fileIndex % ORIGINALS.size());
        feed(mutate(original, new SplittableRandom(seed)));
    }

    @Provide
    Arbitrary<String> jsonish() {
        return Arbitraries.strings().withChars("{}[]\":,0123456789.-eE truenullfas\\\n").ofMaxLength(200);
    }

    private void feed(byte[] bytes) {
        InputFile file = new InputFile("fuzz.json", bytes);
        for (NetworkReader reader : readers) {
            reader.recognises(file);
            try {
                NetworkFile read = reader.read(file);
                assertThat(read.format()).isEqualTo(reader.format());
            } catch (FormatException e) {
                assertThat(e.getMessage()).startsWith("fuzz.json: ").doesNotContain("\n", "\r");
            } catch (RuntimeException e) {
                fail(reader.getClass().getSimpleName() + " threw " + e + " on:\n"
                        + new String(bytes, StandardCharsets.UTF_8), e);
            }
        }
    }

    static byte[] mutate(byte[] original, SplittableRandom r) {
        byte[] out = original.clone();
        int rounds = 1 + r.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            out = mutateOnce(out, r);
        }
        return out;
    }

    private static byte[] mutateOnce(byte[] in, SplittableRandom r) {
        if (in.length == 0) {
            return new byte[] {(byte) r.nextInt(256)};
        }
        int at = r.nextInt(in.length);
        switch (r.nextInt(5)) {
            case 0:
                return Arrays.copyOf(in, at);
            case 1:
                byte[] flipped = in.clone();
                flipped[at] = (byte) (flipped[at] ^ (1 << r.nextInt(8)));
                return flipped;
            case 2:
                byte[] spliced = new byte[in.length + 1];
                System.arraycopy(in, 0, spliced, 0, at);
                spliced[at] = (byte) "{}[]\",:0-".charAt(r.nextInt(9));
                System.arraycopy(in, at, spliced, at + 1, in.length - at);
                return spliced;
            case 3:
                int end = Math.min(in.length, at + 1 + r.nextInt(200));
                byte[] cut = new byte[in.length - (end - at)];
                System.arraycopy(in, 0, cut, 0, at);
                System.arraycopy(in, end, cut, at, in.length - end);
                return cut;
            default:
                String[] swap = SWAPS[r.nextInt(SWAPS.length)];
                String text = new String(in, StandardCharsets.UTF_8);
                int where = text.indexOf(swap[0], r.nextInt(Math.max(1, text.length())));
                if (where < 0) {
                    where = text.indexOf(swap[0]);
                }
                return where < 0 ? in : (text.substring(0, where) + swap[1] + text.substring(where + swap[0].length()))
                        .getBytes(StandardCharsets.UTF_8);
        }
    }
}
