package org.nettwin.model.format;

/** The file formats nettwin reads; {@link #jsonName()} is the name the {@code topology --json} output uses. */
public enum Format {
    /** Topology Zoo GraphML (yEd flavour, or the processed archive files). */
    GRAPHML("graphml"),
    /** SNDlib native text format. */
    SNDLIB_NATIVE("sndlib-native"),
    /** SNDlib XML format. */
    SNDLIB_XML("sndlib-xml"),
    /** The scenario JSON of spec/scenario-format.md. */
    SCENARIO("scenario"),
    /** nettwin's own topology format (JSON, {@code "format": "nettwin-topology/1"}). */
    NETTWIN("nettwin");

    private final String jsonName;

    Format(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
