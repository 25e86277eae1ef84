package org.nettwin.model.format;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes of a file to read and the name to use in error messages. Readers work on bytes so that they can
 * check the content (encoding, size) before trusting it.
 */
public record InputFile(String name, byte[] content) {

    /** Files larger than this are refused before parsing (the largest real topology is well under 10 MB). */
    public static final long MAX_BYTES = 512L * 1024 * 1024;

    public InputFile {
        requireNonNull(name, "name");
        requireNonNull(content, "content");
    }

    /** Reads a file from disk, refusing unreadable, non-regular and oversized files with a {@link FormatException}. */
    public static InputFile read(Path path) throws FormatException {
        String name = path.toString();
        if (!Files.exists(path)) {
            throw new FormatException(name, "", "no such file");
        }
        if (!Files.isRegularFile(path)) {
            throw new FormatException(name, "", "not a regular file");
        }
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new FormatException(name, "", "file is larger than " + MAX_BYTES + " bytes");
            }
            return new InputFile(name, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new FormatException(name, "", "cannot read: " + e.getMessage());
        }
    }

    public static InputFile ofText(String name, String text) {
        return new InputFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The content as UTF-8 text. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /** The first {@code n} bytes (or fewer) as ISO-8859-1 text, for format detection. */
    public String head(int n) {
        return new String(content, 0, Math.min(n, content.length), StandardCharsets.ISO_8859_1);
    }
}
