package org.nettwin.store.series;

import java.nio.ByteBuffer;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's binary COPY format, written to a {@link CopyIn} in chunks of about a megabyte: the header,
 * then per row the field count and per field its length and big-endian bytes, then the trailer.
 */
final class CopyStream {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK + 256);

    CopyStream(CopyIn copy) {
        this.copy = copy;
        buffer.put(SIGNATURE).putInt(0).putInt(0);
    }

    CopyStream row(int fields) throws SQLException {
        if (buffer.position() >= CHUNK) {
            flush();
        }
        buffer.putShort((short) fields);
        return this;
    }

    CopyStream int4(int v) {
        buffer.putInt(4).putInt(v);
        return this;
    }

    CopyStream int2(int v) {
        buffer.putInt(2).putShort((short) v);
        return this;
    }

    CopyStream int8(long v) {
        buffer.putInt(8).putLong(v);
        return this;
    }

    CopyStream float8(double v) {
        buffer.putInt(8).putDouble(v);
        return this;
    }

    /** Writes the trailer and ends the COPY; returns the rows PostgreSQL reports. */
    long finish() throws SQLException {
        buffer.putShort((short) -1);
        flush();
        return copy.endCopy();
    }

    private void flush() throws SQLException {
        copy.writeToCopy(buffer.array(), 0, buffer.position());
        buffer.clear();
    }
}
