package org.nettwin.store.scenarios;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.nettwin.store.jdbc.Storable;

/**
 * Checks that text is one JSON object and nothing else (no trailing content, no duplicate keys), so that the archive
 * only ever holds documents a reader can parse; the text itself is stored as given.
 */
final class JsonObjectText {

    /** Largest document accepted, in characters. */
    static final int MAX_CHARS = 64 * 1024 * 1024;

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** {@code text} if it is a JSON object; otherwise an IllegalArgumentException naming {@code what} and the flaw. */
    String check(String what, String text) {
        Storable.text(what, text, MAX_CHARS);
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            // Jackson appends where the enclosing object began and which Java type was bound: noise to a caller.
            String problem = e.getOriginalMessage().lines().findFirst().orElse("malformed")
                    .replaceAll("\\s*\\((start marker at|bound as) .*$", "");
            throw new IllegalArgumentException(what + " is not valid JSON" + where + ": " + problem, e);
        }
        if (node == null || node.isMissingNode()) {
            throw new IllegalArgumentException(what + " is empty (expected a JSON object)");
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(what + " is a JSON " + node.getNodeType().name().toLowerCase(
                    java.util.Locale.ROOT) + ", not an object");
        }
        return text;
    }
}
