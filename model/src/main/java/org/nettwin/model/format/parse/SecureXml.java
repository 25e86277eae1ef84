package org.nettwin.model.format.parse;

import java.io.ByteArrayInputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;

/**
 * Opens a file as a streaming StAX document with the JDK's own parser, DTDs and external entities switched off
 * (no entity expansion attacks, no file or network access), and turns parser errors into one-line
 * {@link FormatException}s that name the line.
 */
public final class SecureXml {

    private SecureXml() {
    }

    /** A coalescing, namespace-aware reader over the file's bytes (the XML declaration decides the encoding). */
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
            return factory.createXMLStreamReader(new ByteArrayInputStream(file.content()));
        } catch (XMLStreamException e) {
            throw notWellFormed(file, e);
        } catch (RuntimeException e) {
            throw new FormatException(file.name(), "line 1", "cannot read as XML: " + e);
        }
    }

    /** The parser's complaint as a {@link FormatException} at the line it reports. */
    public static FormatException notWellFormed(InputFile file, XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        String problem = at >= 0 ? message.substring(at + "Message: ".length()) : message;
        Location location = e.getLocation();
        int line = location == null ? -1 : location.getLineNumber();
        return new FormatException(file.name(), line, "not well-formed XML: " + problem.strip());
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
