package org.nettwin.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.nettwin.model.format.graphml.GraphmlReader;
import org.nettwin.model.format.sndlib.SndlibNativeReader;
import org.nettwin.model.format.sndlib.SndlibXmlReader;

/**
 * Whatever bytes they are given, the readers answer with a network or a {@link FormatException}: never another
 * exception, never a hang, never a stack overflow.
 */
class ReadersRobustnessTest {

    private static final List<NetworkReader> READERS =
            List.of(new GraphmlReader(), new SndlibNativeReader(), new SndlibXmlReader());
    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static final Map<String, byte[]> REAL_FILES = load();

    /** Ways of damaging a real file. */
    enum Mutation { TRUNCATE, FLIP_BYTES, INSERT_BYTES, DELETE_BYTES, DUPLICATE_LINE, DELETE_LINE }

    private static Map<String, byte[]> load() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Stream.of(SharedData.topologyZoo(), SharedData.sndlibNative(), SharedData.sndlibXml()).flatMap(List::stream)
                .forEach((Path p) -> files.put(p.getFileName().toString(), SharedData.input(p).content()));
        return Map.copyOf(files);
    }

    /** Feeds {@code file} to every reader; anything but a network or a one-line FormatException fails. */
    static void readsSafely(InputFile file) {
        assertTimeoutPreemptively(LIMIT, () -> {
            for (NetworkReader reader : READERS) {
                try {
                    NetworkFile read = reader.read(file);
                    assertThat(read.format()).isEqualTo(reader.format());
                } catch (FormatException e) {
                    assertThat(e.getMessage()).startsWith(file.name() + ": ").doesNotContain("\n", "\r");
                    assertThat(e.getMessage().length()).isLessThan(file.name().length() + 500);
                }
                reader.recognises(file);
            }
        });
    }

    @Property(tries = 200)
    void randomBytesGiveANetworkOrAFormatException(@ForAll @Size(max = 4096) byte[] bytes) {
        readsSafely(new InputFile("random.bin", bytes));
    }

    @Property(tries = 200)
    void randomSndlibLikeTextGivesANetworkOrAFormatException(@ForAll("sndlibText") String text) {
        readsSafely(InputFile.ofText("random.txt", text));
    }

    @Property(tries = 200)
    void randomXmlLikeTextGivesANetworkOrAFormatException(@ForAll("xmlText") String text) {
        readsSafely(InputFile.ofText("random.xml", text));
    }

    @Property(tries = 20)
    void hugeTokensAndDeepNestingGiveShortMessagesWithoutStackOverflow(@ForAll @IntRange(min = 1, max = 200_000) int n) {
        readsSafely(InputFile.ofText("deep.txt", "NODES (\n A " + "(".repeat(n) + ")".repeat(n) + "\n)\nLINKS (\n)\n"));
        readsSafely(InputFile.ofText("deep.xml", "<graphml><graph>" + "<a>".repeat(n) + "</a>".repeat(n) + "</graph></graphml>"));
        readsSafely(InputFile.ofText("long.txt", "X".repeat(n) + " (\n)"));
    }

    @Property(tries = 200)
    void mutatedRealFilesGiveANetworkOrAFormatException(@ForAll("realFiles") String name,
                                                         @ForAll Mutation mutation,
                                                         @ForAll @IntRange(min = 1, max = 8) int times,
                                                         @ForAll long seed) {
        byte[] content = REAL_FILES.get(name);
        Random random = new Random(seed);
        for (int i = 0; i < times; i++) {
            content = mutate(content, mutation, random);
        }
        readsSafely(new InputFile(name, content));
    }

    @Provide
    Arbitrary<String> realFiles() {
        return Arbitraries.of(new ArrayList<>(REAL_FILES.keySet()));
    }

    @Provide
    Arbitrary<String> sndlibText() {
        Arbitrary<String> token = Arbitraries.of("NODES", "LINKS", "DEMANDS", "META", "ADMISSIBLE_PATHS", "(", ")",
                "(", ")", "\n", "\n", " ", "#", "# network x", "unit = GBITPERSEC", "A", "B", "C", "L1", "D1", "1.5",
                "-3", "0", "1e400", "UNLIMITED", "?SNDlib native format", "\u0000", "=", ",");
        return token.list().ofMaxSize(200).map(parts -> String.join(" ", parts));
    }

    @Provide
    Arbitrary<String> xmlText() {
        Arbitrary<String> piece = Arbitraries.of("<graphml>", "</graphml>", "<graph>", "</graph>",
                "<network xmlns=\"http://sndlib.zib.de/network\">", "</network>", "<nodes>", "</nodes>", "<node id=\"a\">",
                "<node id=\"b\"/>", "</node>", "<links>", "</links>", "<link id=\"l\">", "</link>", "<source>a</source>",
                "<target>b</target>", "<edge source=\"a\" target=\"b\"/>", "<edge source=\"a\" target=\"a\">", "</edge>",
                "<key id=\"k\" for=\"edge\" attr.name=\"LinkSpeedRaw\"/>", "<data key=\"k\">", "</data>", "-1", "1e3",
                "<preInstalledModule><capacity>", "</capacity></preInstalledModule>", "<demands>", "<demand id=\"d\">",
                "<demandValue>", "</demandValue>", "</demand>", "</demands>", "<![CDATA[", "]]>", "&amp;", "&bogus;",
                "<!DOCTYPE x [<!ENTITY e \"eeee\">]>", "<?xml version=\"1.0\"?>", "\n", "<y:NodeLabel>", "</y:NodeLabel>");
        return piece.list().ofMaxSize(120).map(parts -> String.join("", parts));
    }

    static byte[] mutate(byte[] content, Mutation mutation, Random random) {
        if (content.length == 0) {
            return content;
        }
        int at = random.nextInt(content.length);
        switch (mutation) {
            case TRUNCATE:
                return Arrays.copyOf(content, at);
            case FLIP_BYTES: {
                byte[] out = content.clone();
                out[at] = (byte) (out[at] ^ (1 << random.nextInt(8)));
                return out;
            }
            case INSERT_BYTES: {
                byte[] extra = new byte[1 + random.nextInt(4)];
                random.nextBytes(extra);
                return splice(content, at, at, extra);
            }
            case DELETE_BYTES:
                return splice(content, at, Math.min(content.length, at + 1 + random.nextInt(16)), new byte[0]);
            default:
                return lineMutation(content, mutation, at);
        }
    }

    private static byte[] lineMutation(byte[] content, Mutation mutation, int at) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        end = end < 0 ? text.length() : end + 1;
        byte[] line = Arrays.copyOfRange(content, start, end);
        return mutation == Mutation.DUPLICATE_LINE ? splice(content, end, end, line) : splice(content, start, end, new byte[0]);
    }

    private static byte[] splice(byte[] content, int from, int to, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + insert.length);
        out.write(content, 0, from);
        out.write(insert, 0, insert.length);
        out.write(content, to, content.length - to);
        return out.toByteArray();
    }
}
