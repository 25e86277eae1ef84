package org.nettwin.model.format.sndlib;

import java.util.List;
import java.util.regex.Pattern;
import org.nettwin.model.format.Format;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.NetworkFile;
import org.nettwin.model.format.NetworkReader;
import org.nettwin.model.format.parse.Excerpt;
import org.nettwin.model.format.sndlib.NativeLexer.Token;

/**
 * Reads an SNDlib native text file: nodes, undirected links whose capacity is the pre-installed capacity (stated,
 * even when 0) in the file's unit, module options and costs as link attributes, and the demands as a traffic
 * matrix. The network is named by the {@code # network NAME} comment, else by the file name.
 */
public final class SndlibNativeReader implements NetworkReader {

    private static final int SNIFF_BYTES = 4096;
    private static final Pattern NODES = Pattern.compile("NODES\\s*\\(");

    @Override
    public Format format() {
        return Format.SNDLIB_NATIVE;
    }

    @Override
    public boolean recognises(InputFile file) {
        String head = file.head(SNIFF_BYTES);
        String start = head.replace("\u00EF\u00BB\u00BF", "").stripLeading();
        if (start.startsWith("<")) {
            return false;
        }
        return start.startsWith("?SNDlib native format") || NODES.matcher(head).find();
    }

    @Override
    public NetworkFile read(InputFile file) throws FormatException {
        try {
            SndlibDraft draft = new SndlibDraft();
            List<Token> tokens = NativeLexer.lex(file, draft);
            new NativeParser(file, tokens, draft).parse();
            return new SndlibAssembly(file, draft).assemble(Format.SNDLIB_NATIVE);
        } catch (RuntimeException e) {
            throw new FormatException(file.name(), "", Excerpt.message("cannot read SNDlib native file: " + e));
        }
    }
}
