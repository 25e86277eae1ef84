package org.nettwin.model.format.tmcsv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.traffic.OdPair;
import org.nettwin.model.traffic.TrafficMatrixSeries;

/**
 * Reads a wide traffic-matrix CSV ({@code time,SRC->DST,...}; one row per interval; values in Mbit/s; an empty
 * cell is a missing value, not a zero) into a {@link TrafficMatrixSeries} in bit/s. Times are
 * {@code YYYYMMDD-HHMM} or {@code YYYYMMDD} (midnight), in no stated time zone, and must increase. Every bad cell
 * is a {@link FormatException} naming its line and column, e.g. {@code tm.csv: line 7, column 3 (A->B): ...}.
 */
public final class TrafficMatrixCsvReader {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuuMMdd-HHmm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAYS = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final double BITS_PER_MEGABIT = 1e6;
    private static final int MAX_CELL_SHOWN = 30;

    /** Whether the file starts like a wide traffic-matrix CSV: a {@code time} column, then {@code SRC->DST}. */
    public boolean recognises(InputFile file) {
        String head = file.head(4096);
        String start = head.startsWith("\u00EF\u00BB\u00BF") ? head.substring(3) : head;
        return start.startsWith("time,") && start.substring(0, Math.max(0, start.indexOf('\n') + 1)).contains("->");
    }

    /** Reads the whole file; never throws anything but {@link FormatException}. */
    public TrafficMatrixSeries read(InputFile file) throws FormatException {
        String name = file.name();
        String[] lines = decode(file).split("\n", -1);
        if (lines.length == 0 || lines[0].strip().isEmpty()) {
            throw new FormatException(name, "", "empty file");
        }
        String[] header = cells(lines[0]);
        List<OdPair> pairs = pairs(name, header);
        List<LocalDateTime> times = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = stripCr(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = cells(line);
            if (cells.length != header.length) {
                throw new FormatException(name, i + 1, cells.length + " cells, but the header has " + header.length);
            }
            LocalDateTime time = time(name, i + 1, cells[0]);
            if (!times.isEmpty() && !time.isAfter(times.get(times.size() - 1))) {
                throw new FormatException(name, i + 1, "time " + cells[0] + " is not after the previous row's");
            }
            times.add(time);
            rows.add(values(name, i + 1, cells, header));
        }
        Set<NodeId> nodes = new LinkedHashSet<>();
        for (OdPair p : pairs) {
            nodes.add(p.origin());
            nodes.add(p.destination());
        }
        try {
            return TrafficMatrixSeries.of(new ArrayList<>(nodes), pairs, times, rows.toArray(new double[0][]));
        } catch (IllegalArgumentException e) {
            throw new FormatException(name, "", e.getMessage());
        }
    }

    private static String decode(InputFile file) throws FormatException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.content())).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new FormatException(file.name(), "", "not UTF-8 text (binary file?)");
        }
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String[] cells(String line) {
        return stripCr(line).split(",", -1);
    }

    private static List<OdPair> pairs(String file, String[] header) throws FormatException {
        if (!"time".equals(header[0].strip())) {
            throw new FormatException(file, "line 1, column 1", "the first column must be \"time\", got \""
                    + shown(header[0]) + "\"");
        }
        List<OdPair> pairs = new ArrayList<>(header.length - 1);
        Set<OdPair> seen = new HashSet<>();
        for (int c = 1; c < header.length; c++) {
            String cell = header[c].strip();
            int arrow = cell.indexOf("->");
            String where = "line 1, column " + (c + 1);
            if (arrow <= 0 || arrow + 2 >= cell.length()) {
                throw new FormatException(file, where, "not an origin->destination pair: \"" + shown(cell) + "\"");
            }
            String origin = cell.substring(0, arrow).strip();
            String destination = cell.substring(arrow + 2).strip();
            if (origin.isEmpty() || destination.isEmpty() || origin.equals(destination)) {
                throw new FormatException(file, where, "not a pair of two different nodes: \"" + shown(cell) + "\"");
            }
            OdPair pair = OdPair.of(origin, destination);
            if (!seen.add(pair)) {
                throw new FormatException(file, where, "duplicate column " + pair);
            }
            pairs.add(pair);
        }
        return pairs;
    }

    private static LocalDateTime time(String file, int line, String cell) throws FormatException {
        String text = cell.strip();
        try {
            if (text.length() == 13) {
                return LocalDateTime.parse(text, MINUTES);
            }
            if (text.length() == 8) {
                return LocalDate.parse(text, DAYS).atStartOfDay();
            }
        } catch (DateTimeParseException e) {
            // falls through to the one message for every bad time
        }
        throw new FormatException(file, "line " + line + ", column 1 (time)",
                "not a time YYYYMMDD-HHMM or YYYYMMDD: \"" + shown(text) + "\"");
    }

    private static double[] values(String file, int line, String[] cells, String[] header) throws FormatException {
        double[] row = new double[cells.length - 1];
        for (int c = 1; c < cells.length; c++) {
            String text = cells[c].strip();
            if (text.isEmpty()) {
                row[c - 1] = Double.NaN;
                continue;
            }
            double mbps = megabits(text);
            if (!(mbps >= 0) || Double.isInfinite(mbps)) {
                String where = "line " + line + ", column " + (c + 1) + " (" + header[c].strip() + ")";
                throw new FormatException(file, where, Double.isNaN(mbps) ? "not a number: \"" + shown(text) + "\""
                        : "rate must be finite and >= 0 Mbit/s, got " + shown(text));
            }
            row[c - 1] = mbps * BITS_PER_MEGABIT;
        }
        return row;
    }

    /** A decimal number such as {@code 12.5} or {@code 1.2e-3}; NaN for anything else (hex, NaN, Infinity, 1d...). */
    private static double megabits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean allowed = ch >= '0' && ch <= '9' || ch == '.' || ch == 'e' || ch == 'E' || ch == '+' || ch == '-';
            if (!allowed) {
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String shown(String cell) {
        String one = cell.replaceAll("[\\p{Cntrl}]", "?");
        return one.length() > MAX_CELL_SHOWN ? one.substring(0, MAX_CELL_SHOWN) + "..." : one;
    }
}
