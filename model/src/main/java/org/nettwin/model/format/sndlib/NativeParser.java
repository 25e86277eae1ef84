package org.nettwin.model.format.sndlib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.parse.Excerpt;
import org.nettwin.model.format.parse.Decimal;
import org.nettwin.model.format.sndlib.NativeLexer.Token;
import org.nettwin.model.format.sndlib.SndlibDraft.DraftDemand;
import org.nettwin.model.format.sndlib.SndlibDraft.DraftLink;
import org.nettwin.model.format.sndlib.SndlibDraft.DraftModule;
import org.nettwin.model.format.sndlib.SndlibDraft.DraftNode;

/**
 * Reads the sections of an SNDlib native file ({@code NAME ( entries )}) into an {@link SndlibDraft}. An entry is
 * one line, continued onto further lines while its parentheses are open; sections other than META, NODES, LINKS
 * and DEMANDS (such as ADMISSIBLE_PATHS) are skipped by counting parentheses, never by recursion.
 */
final class NativeParser {

    private static final Set<String> KNOWN = Set.of("META", "NODES", "LINKS", "DEMANDS", "ADMISSIBLE_PATHS");
    private static final String LINK_SHAPE =
            "'id ( source target ) capacity capacityCost routingCost setupCost ( moduleCapacity moduleCost ... )'";

    private final InputFile file;
    private final List<Token> tokens;
    private final SndlibDraft draft;
    private final Map<String, Integer> sections = new HashMap<>();
    private int pos;

    NativeParser(InputFile file, List<Token> tokens, SndlibDraft draft) {
        this.file = file;
        this.tokens = tokens;
        this.draft = draft;
    }

    SndlibDraft parse() throws FormatException {
        if (tokens.isEmpty()) {
            throw new FormatException(file.name(), "", "no SNDlib sections (empty file?)");
        }
        while (pos < tokens.size()) {
            Token name = tokens.get(pos);
            if (!name.isWord()) {
                throw error(name, "unbalanced parentheses: '" + name.text() + "' outside any section");
            }
            if (pos + 1 >= tokens.size() || !tokens.get(pos + 1).opens()) {
                throw error(name, "expected '(' after section name " + name.text());
            }
            Integer first = sections.putIfAbsent(name.text(), name.line());
            if (first != null) {
                throw error(name, "section " + name.text() + " appears twice (first at line " + first + ")");
            }
            pos += 2;
            section(name);
        }
        if (!sections.containsKey("NODES")) {
            throw new FormatException(file.name(), "", "missing NODES section");
        }
        if (!sections.containsKey("LINKS") && !sections.containsKey("DEMANDS")) {
            throw new FormatException(file.name(), "", "missing LINKS section");
        }
        // SNDlib's demand-matrix files (NODES and DEMANDS only) are valid networks without links, as in the XML.
        return draft;
    }

    private void section(Token name) throws FormatException {
        if (!KNOWN.contains(name.text())) {
            String ignored = Excerpt.message("section " + name.text() + " ignored");
            draft.warnings.add(file.name() + ": line " + name.line() + ": " + ignored);
        }
        while (true) {
            if (pos >= tokens.size()) {
                throw error(name, "unbalanced parentheses: section " + name.text() + " is never closed");
            }
            if (tokens.get(pos).closes()) {
                pos++;
                return;
            }
            List<Token> entry = entry();
            switch (name.text()) {
                case "META" -> meta(entry);
                case "NODES" -> node(entry);
                case "LINKS" -> link(entry);
                case "DEMANDS" -> demand(entry);
                default -> {
                    // ADMISSIBLE_PATHS and unknown sections: read past, parentheses balanced.
                }
            }
        }
    }

    /** The tokens of one entry: to the end of its line, or of the line where its last open parenthesis closes. */
    private List<Token> entry() throws FormatException {
        int start = pos;
        int line = tokens.get(pos).line();
        int depth = 0;
        while (pos < tokens.size()) {
            Token t = tokens.get(pos);
            if (depth == 0 && (t.closes() || t.line() != line)) {
                break;
            }
            depth += t.opens() ? 1 : t.closes() ? -1 : 0;
            if (depth > 0 || t.closes()) {
                line = t.line();
            }
            pos++;
        }
        if (depth > 0) {
            throw error(tokens.get(start), "unbalanced parentheses: an entry starting here is never closed");
        }
        return tokens.subList(start, pos);
    }

    private void meta(List<Token> entry) throws FormatException {
        StringBuilder joined = new StringBuilder();
        entry.forEach(t -> joined.append(t.text()).append(' '));
        int eq = joined.indexOf("=");
        if (eq < 0) {
            throw error(entry.get(0), "META entry must be 'attribute = value'");
        }
        if (joined.substring(0, eq).strip().equals("unit")) {
            String unit = joined.substring(eq + 1).strip();
            draft.unit = SndlibUnit.of(unit).orElse(SndlibUnit.MBITPERSEC);
            if (SndlibUnit.of(unit).isEmpty()) {
                draft.warnings.add(file.name() + ": line " + entry.get(0).line() + ": "
                        + Excerpt.message("unknown unit '" + unit + "'; assuming MBITPERSEC"));
            }
        }
    }

    private void node(List<Token> entry) throws FormatException {
        Token id = entry.get(0);
        if (!id.isWord() || entry.size() != 1 && !(entry.size() == 5 && entry.get(1).opens() && entry.get(4).closes())) {
            throw error(id, "node entry must be 'id ( longitude latitude )' or 'id'");
        }
        if (entry.size() == 1) {
            draft.nodes.add(new DraftNode(id.text(), false, 0, 0, id.line()));
            return;
        }
        double x = number(entry.get(2), "node " + id.text() + " longitude/x");
        double y = number(entry.get(3), "node " + id.text() + " latitude/y");
        draft.nodes.add(new DraftNode(id.text(), true, x, y, id.line()));
    }

    private void link(List<Token> entry) throws FormatException {
        Token id = ends(entry, "link", LINK_SHAPE);
        int i = 5;
        List<Double> figures = new ArrayList<>();
        while (i < entry.size() && entry.get(i).isWord() && figures.size() < 4) {
            figures.add(number(entry.get(i), "link " + id.text() + " " + figureName(figures.size())));
            i++;
        }
        if (figures.isEmpty()) {
            throw error(id, "link " + id.text() + " has no capacity; expected " + LINK_SHAPE);
        }
        List<DraftModule> modules = new ArrayList<>();
        if (i < entry.size() && entry.get(i).opens()) {
            i = modules(entry, i + 1, id, modules);
        }
        if (i != entry.size()) {
            throw error(entry.get(i), "link " + id.text() + ": unexpected '" + entry.get(i).text() + "'; expected " + LINK_SHAPE);
        }
        Map<String, String> costs = new LinkedHashMap<>();
        for (int f = 1; f < figures.size(); f++) {
            costs.put(figureName(f), Decimal.format(figures.get(f)));
        }
        draft.links.add(new DraftLink(id.text(), entry.get(2).text(), entry.get(3).text(),
                OptionalDouble.of(figures.get(0)), modules, costs, id.line()));
    }

    private static String figureName(int index) {
        return List.of("capacity", "preInstalledModuleCost", "routingCost", "setupCost").get(index);
    }

    /** Reads {@code capacity cost} pairs up to the closing parenthesis; returns the index after it. */
    private int modules(List<Token> entry, int from, Token id, List<DraftModule> modules) throws FormatException {
        int i = from;
        while (i + 1 < entry.size() && entry.get(i).isWord() && entry.get(i + 1).isWord()) {
            double capacity = number(entry.get(i), "link " + id.text() + " module capacity");
            double cost = number(entry.get(i + 1), "link " + id.text() + " module cost");
            modules.add(new DraftModule(capacity, cost));
            i += 2;
        }
        if (i >= entry.size() || !entry.get(i).closes()) {
            throw error(id, "link " + id.text() + ": module list must be pairs of numbers in '( ... )'");
        }
        return i + 1;
    }

    private void demand(List<Token> entry) throws FormatException {
        String shape = "'id ( source target ) routingUnit value maxPathLength'";
        Token id = ends(entry, "demand", shape);
        int words = entry.size() - 5;
        if (words < 2 || words > 3 || entry.subList(5, entry.size()).stream().anyMatch(t -> !t.isWord())) {
            throw error(id, "demand " + id.text() + ": expected " + shape);
        }
        number(entry.get(5), "demand " + id.text() + " routing unit");
        double value = number(entry.get(6), "demand " + id.text() + " value");
        draft.demands.add(new DraftDemand(id.text(), entry.get(2).text(), entry.get(3).text(), value, id.line()));
    }

    /** Checks that an entry starts {@code id ( source target )} and returns its id token. */
    private Token ends(List<Token> entry, String what, String shape) throws FormatException {
        Token id = entry.get(0);
        boolean ok = entry.size() >= 5 && id.isWord() && entry.get(1).opens() && entry.get(2).isWord()
                && entry.get(3).isWord() && entry.get(4).closes();
        if (!ok) {
            throw error(id, what + " entry must be " + shape);
        }
        return id;
    }

    private double number(Token token, String what) throws FormatException {
        String text = token.text().endsWith(",") ? token.text().substring(0, token.text().length() - 1) : token.text();
        OptionalDouble value = Decimal.parse(text);
        if (value.isEmpty()) {
            throw error(token, what + " '" + token.text() + "' is not a number");
        }
        return value.getAsDouble();
    }

    private FormatException error(Token at, String problem) {
        return new FormatException(file.name(), at.line(), Excerpt.message(problem));
    }
}
