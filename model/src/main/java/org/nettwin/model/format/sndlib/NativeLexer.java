package org.nettwin.model.format.sndlib;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;

/**
 * Splits an SNDlib native file into words and parentheses with their line numbers. {@code #} starts a comment to
 * the end of the line (the first {@code # network NAME} comment names the network) and a line starting with
 * {@code ?} is the format header. Control characters other than white space mean the file is not text.
 */
final class NativeLexer {

    private static final Pattern NETWORK = Pattern.compile("#\\s*network\\s+(\\S+)");

    /** A word or a single parenthesis, and the line it is on (1-based). */
    record Token(String text, int line) {
        boolean opens() {
            return text.equals("(");
        }

        boolean closes() {
            return text.equals(")");
        }

        boolean isWord() {
            return !opens() && !closes();
        }
    }

    private final InputFile file;
    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private String name = "";
    private int line = 1;
    private int pos;

    private NativeLexer(InputFile file, String text) {
        this.file = file;
        this.text = text;
    }

    /** Lexes {@code file}; the network name goes into {@code draft}. */
    static List<Token> lex(InputFile file, SndlibDraft draft) throws FormatException {
        NativeLexer lexer = new NativeLexer(file, decode(file.content()));
        lexer.run();
        draft.name = lexer.name;
        return lexer.tokens;
    }

    /** UTF-8 when the bytes are valid UTF-8, ISO-8859-1 otherwise (older SNDlib files are Latin-1). */
    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, StandardCharsets.ISO_8859_1);
        }
    }

    private void run() throws FormatException {
        boolean lineStart = true;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
                lineStart = true;
            } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                pos++;
            } else if (c == '#' || (c == '?' && lineStart)) {
                comment();
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(String.valueOf(c), line));
                pos++;
                lineStart = false;
            } else if (Character.isISOControl(c)) {
                throw new FormatException(file.name(), line,
                        String.format("control character U+%04X: not an SNDlib text file", (int) c));
            } else {
                word();
                lineStart = false;
            }
        }
    }

    private void comment() {
        int end = text.indexOf('\n', pos);
        end = end < 0 ? text.length() : end;
        if (name.isEmpty() && text.charAt(pos) == '#') {
            Matcher m = NETWORK.matcher(text.substring(pos, end));
            if (m.lookingAt()) {
                name = m.group(1);
            }
        }
        pos = end;
    }

    private void word() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '#' || Character.isISOControl(c)) {
                break;
            }
            pos++;
        }
        tokens.add(new Token(text.substring(start, pos), line));
    }
}
