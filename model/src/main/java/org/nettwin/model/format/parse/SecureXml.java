package org.nettwin.model.format.parse;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;

/**
 * Opens a file as a streaming StAX document with the JDK's own parser, DTDs and external entities switched off
 * (no entity expansion attacks, no file or network access), and turns parser errors into one-line
 * {@link FormatException}s that name the line. The bytes are decoded here (BOM, then the XML declaration's
 * encoding, else UTF-8) because the JDK parser prints decoding errors to standard error.
 */
public final class SecureXml {

    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][\\w.:-]*)[\"']");

    private SecureXml() {
    }

    /** A coalescing, namespace-aware reader over the file's text (the XML declaration decides the encoding). */
    public static XMLStreamReader open(InputFile file) throws FormatException {
        if (file.content().length == 0) {
            throw new FormatException(file.name(), "", "file is empty");
        }
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            return factory.createXMLStreamReader(new StringReader(decode(file)));
        } catch (XMLStreamException e) {
            throw notWellFormed(file, e);
        } catch (RuntimeException e) {
            throw new FormatException(file.name(), "line 1", Excerpt.message("cannot read as XML: " + e));
        }
    }

    /** The file's characters; a byte sequence invalid in its encoding is a {@link FormatException} naming the line. */
    static String decode(InputFile file) throws FormatException {
        byte[] bytes = file.content();
        int skip = 0;
        Charset charset;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0x00, 0x3C, 0x00, 0x3F)) {
            charset = StandardCharsets.UTF_16BE;
            skip = bytes[0] == 0 ? 0 : 2;
        } else if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0x3C, 0x00, 0x3F, 0x00)) {
            charset = StandardCharsets.UTF_16LE;
            skip = bytes[0] == 0x3C ? 0 : 2;
        } else {
            charset = declared(file);
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError() && !result.isOverflow()) {
            result = decoder.flush(out);
        }
        if (result.isError() || result.isOverflow()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new FormatException(file.name(), line, "not well-formed XML: invalid " + charset.name() + " byte sequence");
        }
        return out.flip().toString();
    }

    private static Charset declared(InputFile file) throws FormatException {
        Matcher m = DECLARED.matcher(file.head(256));
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
            throw new FormatException(file.name(), 1, Excerpt.message("unsupported XML encoding " + m.group(1)));
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The parser's complaint as a {@link FormatException} at the line it reports. */
    public static FormatException notWellFormed(InputFile file, XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        String problem = at >= 0 ? message.substring(at + "Message: ".length()) : message;
        Location location = e.getLocation();
        int line = location == null ? -1 : location.getLineNumber();
        return new FormatException(file.name(), line, Excerpt.message("not well-formed XML: " + problem.strip()));
    }

    /** The reader's current line, or -1 when it does not know. */
    public static int line(XMLStreamReader xml) {
        try {
            Location location = xml.getLocation();
            return location == null ? -1 : location.getLineNumber();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** Closes the reader, ignoring failures (its input is in memory). */
    public static void close(XMLStreamReader xml) {
        try {
            xml.close();
        } catch (XMLStreamException | RuntimeException e) {
            // Nothing to release: the bytes are in memory.
            return;
        }
    }
}
