package org.nettwin.telemetry.gnmi.collector;

import com.google.protobuf.InvalidProtocolBufferException;
import org.nettwin.model.format.FormatException;
import org.nettwin.telemetry.gnmi.proto.SubscribeResponse;
import org.nettwin.telemetry.spi.MeasurementSink;

/**
 * Decodes gNMI {@code SubscribeResponse} messages in their protobuf wire form (as a gRPC stream or a Kafka record
 * carries them) into measurements, with the collector's conversion ({@link NotificationConverter}). Not thread-safe:
 * one decoder per source.
 */
public final class GnmiProtoDecoder {

    private final NotificationConverter converter;

    /** A decoder whose measurements name {@code source}. */
    public GnmiProtoDecoder(String source) {
        this.converter = new NotificationConverter(source);
    }

    /**
     * Decodes one message ({@code where} names it in errors) and hands its measurements to {@code sink}; returns how
     * many. A sync_response carries none.
     *
     * @throws FormatException when the bytes are not a SubscribeResponse or its notification is rejected
     */
    public int decode(String where, byte[] message, MeasurementSink sink) throws FormatException {
        SubscribeResponse response;
        try {
            response = SubscribeResponse.parseFrom(message);
        } catch (InvalidProtocolBufferException e) {
            throw new FormatException(where, "byte 0", "not a gNMI SubscribeResponse: " + e.getMessage());
        }
        if (!response.hasUpdate()) {
            return 0;
        }
        Conversion c = converter.convert(response.getUpdate());
        if (c instanceof Conversion.Rejected r) {
            throw new FormatException(where, "notification", r.reason() + ": " + r.detail());
        }
        Conversion.Accepted a = (Conversion.Accepted) c;
        a.measurements().forEach(sink::accept);
        return a.measurements().size();
    }
}
