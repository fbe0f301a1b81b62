package org.civicrelay.privacy;

import java.time.Instant;

/**
 * One kind of record with a retention period. Each module that keeps personal or sensitive data
 * implements this for its own tables; the {@link RetentionJob} runs them all at start-up and every few
 * minutes.
 */
public interface Retention {

    /** A short name for the log, e.g. "abandoned drafts". */
    String what();

    /**
     * Deletes what is past its period at {@code now}; returns how many rows went. The job passes the time of
     * its next run, so that nothing outlives its period while waiting for that run.
     */
    int purge(Instant now);
}
