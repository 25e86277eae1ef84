package org.nettwin.model.format.parse;

/** The name of a file without its folders and last extension ({@code data/abilene.xml} gives {@code abilene}). */
public final class FileStem {

    private FileStem() {
    }

    /** The stem of {@code fileName}; the whole name when stripping would leave nothing. */
    public static String of(String fileName) {
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        if (!stem.isBlank()) {
            return stem;
        }
        return fileName.isBlank() ? "network" : fileName;
    }
}
