package org.nettwin.model.format;

/** Reads one file format into a {@link NetworkFile}; never throws anything but {@link FormatException} on bad input. */
public interface NetworkReader {

    Format format();

    /** Whether {@code file} looks like this format (from its first bytes; cheap). */
    boolean recognises(InputFile file);

    NetworkFile read(InputFile file) throws FormatException;
}
