package org.nettwin.telemetry.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nettwin.model.format.FormatException;
import org.nettwin.telemetry.gnmi.GnmiJsonDecoder;
import org.nettwin.telemetry.measurement.Measurement;

/**
 * gNMI in protobuf JSON, one message per record as gnmic's Kafka output writes it: a {@code SubscribeResponse}
 * ({@code {"update": Notification}} or {@code {"syncResponse": true}}) or a bare {@code Notification}, decoded by
 * {@link GnmiJsonDecoder}. The source is the notification's prefix target, else the record key, else
 * {@code unknown}; with setting {@code source=key} it is always the record key.
 */
final class GnmiRecords implements RecordDecoder {

    private static final int CACHED_DECODERS = 256;
    private static final byte[] OPEN = "[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "]".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OPEN_UPDATE = "[{\"update\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE_UPDATE = "}]".getBytes(StandardCharsets.US_ASCII);

    private final ObjectMapper mapper = new ObjectMapper();
    private final SourceRule rule;
    /** A decoder per default source (the record key), least recently used dropped first. */
    private final Map<String, GnmiJsonDecoder> decoders = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, GnmiJsonDecoder> eldest) {
            return size() > CACHED_DECODERS;
        }
    };

    GnmiRecords(SourceRule rule) {
        this.rule = rule;
    }

    @Override
    public List<Measurement> decode(String key, byte[] value) throws RecordProblem {
        String fallback = key == null || key.isBlank() ? "unknown" : key;
        if (rule.fromKey() && fallback.equals("unknown")) {
            throw new RecordProblem("unknown", "no-source", "record without a key (setting 'source' is key)");
        }
        boolean response = isResponse(value, fallback);
        InputStream wrapped = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(response ? OPEN : OPEN_UPDATE), new ByteArrayInputStream(value),
                new ByteArrayInputStream(response ? CLOSE : CLOSE_UPDATE))));
        List<Measurement> out = new ArrayList<>();
        try {
            decoders.computeIfAbsent(fallback, GnmiJsonDecoder::new).decode("record", wrapped, out::add);
        } catch (FormatException e) {
            throw new RecordProblem(fallback, "malformed", e.getMessage());
        }
        if (!rule.fromKey()) {
            return out;
        }
        List<Measurement> keyed = new ArrayList<>(out.size());
        out.forEach(m -> keyed.add(new Measurement(key, m.name(), m.labels(), m.sourceTimeNanos(), m.value())));
        return keyed;
    }

    /** Whether the record is a SubscribeResponse (its {@code update} an object) rather than a bare Notification. */
    private boolean isResponse(byte[] value, String source) throws RecordProblem {
        JsonNode root;
        try {
            root = mapper.readTree(value);
        } catch (JsonProcessingException e) {
            throw new RecordProblem(source, "malformed", "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RecordProblem(source, "malformed", "cannot read the record: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new RecordProblem(source, "malformed", "expected a SubscribeResponse or Notification object");
        }
        JsonNode update = root.get("update");
        return update != null && update.isObject() || root.has("syncResponse") || root.has("sync_response")
                || root.has("error") || root.has("extension");
    }
}
