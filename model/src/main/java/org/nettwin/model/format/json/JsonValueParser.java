package org.nettwin.model.format.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;

/**
 * Parses a whole file as one JSON value into a {@link JsonValue} tree, with Jackson's streaming parser so that
 * every value keeps its line. Refuses empty files, text that is not UTF-8, invalid JSON, duplicate field names,
 * nesting deeper than {@value #MAX_DEPTH} and anything after the value, each with a {@link FormatException}.
 */
public final class JsonValueParser {

    /** Real files nest four or five levels; a deeper file is garbage, not a network. */
    public static final int MAX_DEPTH = 64;
    private static final int MAX_MESSAGE = 160;

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    /** Parses {@code file}; never throws anything but {@link FormatException}. */
    public JsonValue parse(InputFile file) throws FormatException {
        String name = file.name();
        String text = decode(file);
        if (text.isBlank()) {
            throw new FormatException(name, "", "empty file");
        }
        JsonParser p;
        try {
            p = factory.createParser(text);
        } catch (IOException e) {
            throw new FormatException(name, "", "invalid JSON: " + shorten(String.valueOf(e.getMessage())));
        }
        try (p) {
            p.nextToken();
            JsonValue root = value(p, name);
            if (p.nextToken() != null) {
                throw new FormatException(name, p.currentTokenLocation().getLineNr(),
                        "unexpected content after the end of the JSON value");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            throw new FormatException(name, at.getLineNr(), "invalid JSON: " + shorten(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            throw new FormatException(name, p.currentLocation().getLineNr(),
                    "invalid JSON: " + shorten(String.valueOf(e.getMessage())));
        }
    }

    private static String decode(InputFile file) throws FormatException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = utf8.decode(ByteBuffer.wrap(file.content())).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new FormatException(file.name(), "", "not UTF-8 text (binary file?)");
        }
    }

    private JsonValue value(JsonParser p, String file) throws IOException, FormatException {
        JsonToken t = p.currentToken();
        int line = p.currentTokenLocation().getLineNr();
        if (t == null) {
            throw new FormatException(file, line, "unexpected end of file");
        }
        switch (t) {
            case START_OBJECT:
                return object(p, file, line);
            case START_ARRAY:
                return array(p, file, line);
            case VALUE_STRING:
                return JsonValue.scalar(JsonValue.Type.STRING, file, line, p.getText(), Double.NaN);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return JsonValue.scalar(JsonValue.Type.NUMBER, file, line, p.getText(), p.getDoubleValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return JsonValue.scalar(JsonValue.Type.BOOLEAN, file, line, p.getText(), Double.NaN);
            case VALUE_NULL:
                return JsonValue.scalar(JsonValue.Type.NULL, file, line, "null", Double.NaN);
            default:
                throw new FormatException(file, line, "invalid JSON: unexpected " + t);
        }
    }

    private JsonValue object(JsonParser p, String file, int line) throws IOException, FormatException {
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int fieldLine = p.currentTokenLocation().getLineNr();
            p.nextToken();
            if (fields.put(name, value(p, file)) != null) {
                throw new FormatException(file, fieldLine, "duplicate field \"" + shorten(name) + "\"");
            }
        }
        return JsonValue.object(file, line, fields);
    }

    private JsonValue array(JsonParser p, String file, int line) throws IOException, FormatException {
        List<JsonValue> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(p, file));
        }
        return JsonValue.array(file, line, items);
    }

    private static String shorten(String message) {
        String one = message.replaceAll("\\s+", " ").trim();
        return one.length() > MAX_MESSAGE ? one.substring(0, MAX_MESSAGE) + "..." : one;
    }
}
