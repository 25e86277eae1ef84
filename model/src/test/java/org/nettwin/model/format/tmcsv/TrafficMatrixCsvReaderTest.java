package org.nettwin.model.format.tmcsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.SharedFiles;
import org.nettwin.model.traffic.OdPair;
import org.nettwin.model.traffic.TrafficMatrixSeries;
import org.nettwin.model.units.DataRate;

class TrafficMatrixCsvReaderTest {

    private final TrafficMatrixCsvReader reader = new TrafficMatrixCsvReader();

    private TrafficMatrixSeries read(String text) throws FormatException {
        return reader.read(InputFile.ofText("tm.csv", text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "abilene-tm-5min/abilene-5min-tm.csv, 12, 2004-03-01T00:00, 2004-03-11T23:55",
        "geant-tm-15min/geant-15min-tm.csv, 22, 2005-05-04T15:00, 2005-05-06T20:45",
        "germany50-tm-daily/germany50-daily-tm.csv, 50, 2005-02-01T00:00, 2005-02-21T00:00",
    })
    void readsTheRealFilesWithEveryRowColumnAndMissingCell(String file, int nodes, LocalDateTime first,
                                                           LocalDateTime last) throws IOException, FormatException {
        Path path = SharedFiles.shared("data").resolve(file);
        List<String> lines = Arrays.stream(Files.readString(path, StandardCharsets.UTF_8).split("\r?\n"))
                .filter(l -> !l.isEmpty()).collect(Collectors.toList());
        String[] header = lines.get(0).split(",", -1);
        long empty = lines.stream().skip(1).flatMap(l -> Arrays.stream(l.split(",", -1)).skip(1))
                .filter(String::isEmpty).count();

        TrafficMatrixSeries series = reader.read(InputFile.read(path));

        assertThat(series.size()).isEqualTo(lines.size() - 1);
        assertThat(series.pairs()).hasSize(header.length - 1).hasSize(nodes * (nodes - 1));
        assertThat(series.nodes()).hasSize(nodes);
        assertThat(series.missingCount()).isEqualTo(empty).isPositive();
        assertThat(series.time(0)).isEqualTo(first);
        assertThat(series.time(series.size() - 1)).isEqualTo(last);
        int rows = series.size();
        int present = 0;
        for (int i = 0; i < rows; i++) {
            present += series.matrix(i).size();
        }
        assertThat(present + series.missingCount()).isEqualTo(rows * series.pairs().size());
    }

    @Test
    void convertsMegabitsToBitsAndLeavesEmptyCellsMissing() throws FormatException {
        TrafficMatrixSeries s = read("time,A->B,B->A,A->C\r\n20040301-0000,12.5,,0\r\n20040301-0005,1e-3,7,\r\n");

        assertThat(s.nodes()).extracting(Object::toString).containsExactly("A", "B", "C");
        assertThat(s.value(0, OdPair.of("A", "B"))).contains(DataRate.ofMbps(12.5));
        assertThat(s.value(0, OdPair.of("B", "A"))).isEmpty();
        assertThat(s.value(0, OdPair.of("A", "C"))).contains(DataRate.ZERO);
        assertThat(s.value(1, OdPair.of("A", "B"))).contains(DataRate.ofBps(1000));
        assertThat(s.missingCount()).isEqualTo(2);
        assertThat(s.time(1)).isEqualTo(LocalDateTime.of(2004, 3, 1, 0, 5));
    }

    @Test
    void recognisesWideTrafficMatrixFilesOnly() {
        assertThat(reader.recognises(InputFile.ofText("tm.csv", "time,A->B\n20050201,1\n"))).isTrue();
        assertThat(reader.recognises(InputFile.ofText("x.csv", "time,value\n20050201,1\n->"))).isFalse();
        assertThat(reader.recognises(InputFile.ofText("x.json", "{\"links\": []}"))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not a number       | time,A->B,B->A\\n20040301-0000,1,x2                   | tm.csv: line 2, column 3 (B->A): not a number: "x2"
            NaN text           | time,A->B,B->A\\n20040301-0000,NaN,1                  | tm.csv: line 2, column 2 (A->B): not a number: "NaN"
            hex float          | time,A->B,B->A\\n20040301-0000,1,0x1p3                | tm.csv: line 2, column 3 (B->A): not a number: "0x1p3"
            two points         | time,A->B,B->A\\n20040301-0000,1.2.3,1                | tm.csv: line 2, column 2 (A->B): not a number: "1.2.3"
            negative rate      | time,A->B,B->A\\n20040301-0000,1,2\\n20040301-0005,-4,1 | tm.csv: line 3, column 2 (A->B): rate must be finite and >= 0 Mbit/s, got -4
            infinite rate      | time,A->B,B->A\\n20040301-0000,1e400,1                | tm.csv: line 2, column 2 (A->B): rate must be finite and >= 0 Mbit/s, got 1e400
            too few cells      | time,A->B,B->A\\n20040301-0000,1                      | tm.csv: line 2: 2 cells, but the header has 3
            too many cells     | time,A->B,B->A\\n20040301-0000,1,2,3                  | tm.csv: line 2: 4 cells, but the header has 3
            bad time           | time,A->B,B->A\\n2004-03-01,1,2                       | tm.csv: line 2, column 1 (time): not a time YYYYMMDD-HHMM or YYYYMMDD: "2004-03-01"
            impossible date    | time,A->B,B->A\\n20040231-0000,1,2                    | tm.csv: line 2, column 1 (time): not a time YYYYMMDD-HHMM or YYYYMMDD: "20040231-0000"
            time going back    | time,A->B,B->A\\n20040301-0005,1,2\\n20040301-0000,1,2 | tm.csv: line 3: time 20040301-0000 is not after the previous row's
            no time column     | when,A->B\\n20040301-0000,1                           | tm.csv: line 1, column 1: the first column must be "time", got "when"
            not a pair         | time,A->B,AB\\n20040301-0000,1,2                      | tm.csv: line 1, column 3: not an origin->destination pair: "AB"
            pair to itself     | time,A->B,A->A\\n20040301-0000,1,2                    | tm.csv: line 1, column 3: not a pair of two different nodes: "A->A"
            duplicate column   | time,A->B,A->B\\n20040301-0000,1,2                    | tm.csv: line 1, column 3: duplicate column A->B
            """)
    void rejectsBadCellsNamingLineAndColumn(String why, String text, String message) {
        assertThatThrownBy(() -> read(text.replace("\\n", "\n"))).isInstanceOf(FormatException.class).hasMessage(message);
    }

    @Test
    void rejectsEmptyAndBinaryFiles() {
        assertThatThrownBy(() -> read("")).isInstanceOf(FormatException.class).hasMessage("tm.csv: empty file");
        assertThatThrownBy(() -> reader.read(new InputFile("tm.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G'})))
                .isInstanceOf(FormatException.class).hasMessage("tm.csv: not UTF-8 text (binary file?)");
    }

    @Property(tries = 300)
    void readsOrRejectsMutatedRealFilesWithAFormatException(@ForAll @IntRange(min = 0, max = 2) int which,
                                                            @ForAll long seed) throws IOException {
        String[] files = {"abilene-tm-5min/abilene-5min-tm.csv", "geant-tm-15min/geant-15min-tm.csv",
            "germany50-tm-daily/germany50-daily-tm.csv"};
        String text = Files.readString(SharedFiles.shared("data").resolve(files[which]), StandardCharsets.UTF_8);
        SplittableRandom r = new SplittableRandom(seed);
        byte[] bytes = text.substring(0, 2000 + r.nextInt(60_000)).getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < 1 + r.nextInt(3) && bytes.length > 0; i++) {
            int at = r.nextInt(bytes.length);
            if (r.nextBoolean()) {
                bytes[at] = (byte) (bytes[at] ^ (1 << r.nextInt(8)));
            } else {
                bytes = Arrays.copyOf(bytes, at);
            }
        }
        try {
            TrafficMatrixSeries s = reader.read(new InputFile("fuzz.csv", bytes));
            assertThat(s.missingCount()).isNotNegative();
        } catch (FormatException e) {
            assertThat(e.getMessage()).startsWith("fuzz.csv").doesNotContain("\n");
        }
    }
}
