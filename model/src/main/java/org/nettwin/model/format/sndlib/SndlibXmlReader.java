package org.nettwin.model.format.sndlib;

import java.util.Locale;
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
 * Reads an SNDlib XML file ({@code <network xmlns="http://sndlib.zib.de/network">}) into the same network its
 * native twin gives: a link's capacity is its {@code preInstalledModule} capacity (stated), or zero with
 * {@code DEFAULT} source when it has none. The network is named after the file.
 */
public final class SndlibXmlReader implements NetworkReader {

    private static final int SNIFF_BYTES = 4096;
    private static final Pattern ROOT = Pattern.compile("<network[\\s>]");

    @Override
    public Format format() {
        return Format.SNDLIB_XML;
    }

    @Override
    public boolean recognises(InputFile file) {
        String head = file.head(SNIFF_BYTES);
        return ROOT.matcher(head).find() && head.toLowerCase(Locale.ROOT).contains("sndlib");
    }

    @Override
    public NetworkFile read(InputFile file) throws FormatException {
        XMLStreamReader xml = SecureXml.open(file);
        try {
            SndlibDraft draft = new SndlibDraft();
            new XmlScanner(file, xml, draft).scan();
            return new SndlibAssembly(file, draft).assemble(Format.SNDLIB_XML);
        } catch (XMLStreamException e) {
            throw SecureXml.notWellFormed(file, e);
        } catch (RuntimeException e) {
            throw new FormatException(file.name(), SecureXml.line(xml), Excerpt.message("cannot read SNDlib XML: " + e));
        } finally {
            SecureXml.close(xml);
        }
    }
}
