package org.ospo.summit.platform.inbox;

/** A message no retry can fix (not a CloudEvent, unreadable data): it goes to the dead-letter topic at once. */
public class PoisonMessageException extends RuntimeException {
    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
