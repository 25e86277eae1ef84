package org.nettwin.store;

/** The repository's database failed (disk full, connection lost, corrupt file); the message says which and where. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
