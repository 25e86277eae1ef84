package org.nettwin.telemetry.kafka;

import java.util.List;
import org.nettwin.telemetry.measurement.Measurement;

/** Decodes one Kafka record into measurements, all or none. Instances are used by one thread. */
interface RecordDecoder {

    /**
     * @param key   the record key as UTF-8 text, or null
     * @param value the record value
     * @throws RecordProblem when the record is malformed or names no source
     */
    List<Measurement> decode(String key, byte[] value) throws RecordProblem;
}
