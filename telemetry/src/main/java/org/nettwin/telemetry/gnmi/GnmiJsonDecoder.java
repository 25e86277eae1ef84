package org.nettwin.telemetry.gnmi;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.nettwin.model.format.FormatException;
import org.nettwin.telemetry.measurement.Measurement;
import org.nettwin.telemetry.spi.MeasurementSink;

/**
 * Decodes a JSON array of gNMI {@code SubscribeResponse} messages (protobuf-JSON mapping, lowerCamelCase or
 * snake_case member names) into measurements, streaming: one message is parsed, checked and delivered before the next
 * is read, and a malformed message delivers nothing. Errors are {@link FormatException}s naming the message (its
 * 1-based index and the line and column where it starts) or, for broken JSON, the line and column of the fault.
 * An instance is not thread-safe; use one per thread.
 */
public final class GnmiJsonDecoder {

    private final ObjectMapper mapper;
    private final NotificationDecoder notifications;

    /**
     * @param defaultSource the measurements' source when a message names no target (e.g. the device address or
     *                      the file name)
     */
    public GnmiJsonDecoder(String defaultSource) {
        requireNonNull(defaultSource, "defaultSource");
        mapper = new ObjectMapper(JsonFactory.builder().enable(
                StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
        notifications = new NotificationDecoder(defaultSource);
    }

    /** Decodes {@code in} (named {@code file} in errors) and delivers its measurements in input order. */
    public void decode(String file, InputStream in, MeasurementSink sink) throws FormatException {
        try (JsonParser parser = mapper.getFactory().createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw new FormatException(file, at(parser.currentTokenLocation()), first == null ? "empty input"
                        : "expected a JSON array of SubscribeResponse messages, found " + describe(first));
            }
            messages(file, parser, sink);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new FormatException(file, at(parser.currentTokenLocation()), "content after the closing ']'");
            }
        } catch (JsonProcessingException e) {
            throw new FormatException(file, at(e.getLocation()), "malformed JSON: " + plain(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new FormatException(file, "", "cannot read: " + e.getMessage());
        }
    }

    private void messages(String file, JsonParser parser, MeasurementSink sink) throws IOException, FormatException {
        List<Measurement> batch = new ArrayList<>();
        for (int index = 1;; index++) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                return;
            }
            JsonLocation start = parser.currentTokenLocation();
            if (token == null) {
                throw new FormatException(file, at(start), "truncated input: the array of messages is not closed");
            }
            if (token != JsonToken.START_OBJECT) {
                throw new FormatException(file, where(index, start), "expected a SubscribeResponse object, found "
                        + describe(token));
            }
            Node message = Node.read(parser);
            batch.clear();
            try {
                notifications.decode(message, batch);
            } catch (GnmiProblem e) {
                throw new FormatException(file, where(index, start), e.getMessage());
            }
            for (Measurement m : batch) {
                sink.accept(m);
            }
        }
    }

    /** Jackson's message without its pointer into the source (the position is reported separately). */
    private static String plain(String message) {
        String text = message == null ? "" : message;
        int marker = text.indexOf(" (start marker at");
        return (marker >= 0 ? text.substring(0, marker) : text).replaceAll("\\s+", " ").strip();
    }

    private static String describe(JsonToken token) {
        return token.asString() != null ? "'" + token.asString() + "'"
                : token.name().toLowerCase(java.util.Locale.ROOT).replace("value_", "a ");
    }

    private static String where(int index, JsonLocation start) {
        return "message " + index + " (" + at(start) + ")";
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
