package org.nettwin.model.format.graphml;

import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nettwin.model.format.Format;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.NetworkFile;
import org.nettwin.model.format.NetworkReader;
import org.nettwin.model.format.parse.Excerpt;
import org.nettwin.model.format.parse.SecureXml;

/**
 * Reads Topology Zoo GraphML (yEd source files and processed archive files) as an undirected network, whatever
 * the file's {@code edgedefault}. Each {@code <edge>} is one link (parallel edges stay separate, self-loops are
 * dropped with a warning); capacity comes from {@code LinkSpeedRaw}, else the link label, else 1 Gb/s.
 */
public final class GraphmlReader implements NetworkReader {

    /** How much of the file {@link #recognises} looks at. */
    static final int SNIFF_BYTES = 4096;
    private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.-]*:)?graphml[\\s>/]");

    @Override
    public Format format() {
        return Format.GRAPHML;
    }

    @Override
    public boolean recognises(InputFile file) {
        return ROOT.matcher(file.head(SNIFF_BYTES)).find();
    }

    @Override
    public NetworkFile read(InputFile file) throws FormatException {
        XMLStreamReader xml = SecureXml.open(file);
        try {
            GraphmlDocument doc = new GraphmlScanner(file, xml).scan();
            return new GraphmlAssembly(file, doc).assemble();
        } catch (XMLStreamException e) {
            throw SecureXml.notWellFormed(file, e);
        } catch (RuntimeException e) {
            throw new FormatException(file.name(), SecureXml.line(xml), Excerpt.message("cannot read GraphML: " + e));
        } finally {
            SecureXml.close(xml);
        }
    }
}
