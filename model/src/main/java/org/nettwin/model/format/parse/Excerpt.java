package org.nettwin.model.format.parse;

/**
 * File text quoted in an error or warning message, kept short and on one line: runs of at most 60 characters
 * without white space, line breaks and control characters turned into spaces, and at most 400 characters in all,
 * so that a damaged file cannot make a message huge or multi-line.
 */
public final class Excerpt {

    /** Longest run of non-blank characters kept before it is cut with an ellipsis. */
    public static final int MAX_CHARS = 60;

    /** Longest message, in characters. */
    public static final int MAX_MESSAGE = 400;

    private Excerpt() {
    }

    /** {@code message} with every over-long run of non-blank characters cut, on one line and at most 400 chars. */
    public static String message(String message) {
        StringBuilder out = new StringBuilder(Math.min(message.length(), MAX_MESSAGE + 3));
        int run = 0;
        for (int i = 0; i < message.length() && out.length() < MAX_MESSAGE; i++) {
            char c = message.charAt(i);
            boolean blank = Character.isWhitespace(c) || Character.isISOControl(c);
            run = blank ? 0 : run + 1;
            if (run == MAX_CHARS + 1) {
                out.append("...");
            } else if (run <= MAX_CHARS) {
                out.append(blank ? ' ' : c);
            }
        }
        return out.length() >= MAX_MESSAGE ? out.append("...").toString() : out.toString();
    }
}
