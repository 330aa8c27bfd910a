package org.newskg.store;

/** A store that cannot be reached or refuses: the message says which store and what to do. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) { super(message, cause); }
}
