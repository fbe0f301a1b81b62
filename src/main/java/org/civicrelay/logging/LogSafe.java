package org.civicrelay.logging;

/**
 * Exceptions can carry message text or ids in their messages (a parser quoting its input, a driver
 * quoting a value). Before one is logged it is replaced by a copy that keeps the class names and the
 * stack trace, and nothing else.
 */
public final class LogSafe {

    private LogSafe() {}

    public static Throwable redact(Throwable failure) {
        if (failure == null) {
            return null;
        }
        Redacted copy = new Redacted(
                failure.getClass().getName(), redact(failure.getCause() == failure ? null : failure.getCause()));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /** Stands in for the original exception; its message is only the original's class name. */
    static final class Redacted extends RuntimeException {
        Redacted(String originalClass, Throwable cause) {
            super(originalClass + " (message withheld)", cause, false, true);
        }
    }
}
