package org.civicrelay.telegram.author;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.civicrelay.privacy.ChatGone;
import org.civicrelay.privacy.Pseudonym;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Limits /check so that receipts cannot be guessed: at most {@value #PER_PERSON} attempts a person in
 * {@value #WINDOW_MINUTES} minutes, and at most {@value #FAILURES_OVERALL} failed attempts overall in that
 * time (a guesser with many accounts then stops everyone for a while, which is the lesser harm). In memory
 * only, keyed by pseudonym, and forgotten after the window: it is protection, not a record. A receipt has
 * 80 random bits, so this is a second line, not the first.
 */
@Component
class ReceiptGuard {

    static final int PER_PERSON = 10;
    static final int FAILURES_OVERALL = 200;
    static final long WINDOW_MINUTES = 15;
    private static final long WINDOW_NANOS = WINDOW_MINUTES * 60_000_000_000L;

    private final Map<Pseudonym, Deque<Long>> attempts = new HashMap<>();
    private final Deque<Long> failures = new ArrayDeque<>();

    /** Counts an attempt; false when this person, or everyone, has tried too often lately. */
    synchronized boolean allow(Pseudonym person, long nowNanos) {
        forgetBefore(nowNanos - WINDOW_NANOS);
        if (failures.size() >= FAILURES_OVERALL) {
            return false;
        }
        Deque<Long> mine = attempts.computeIfAbsent(person, key -> new ArrayDeque<>());
        if (mine.size() >= PER_PERSON) {
            return false;
        }
        mine.addLast(nowNanos);
        return true;
    }

    /** An attempt with a receipt that matched nothing. */
    synchronized void failed(long nowNanos) {
        failures.addLast(nowNanos);
    }

    /** The person is forgotten (/forget): nothing of them stays, not even here. */
    @EventListener
    synchronized void on(ChatGone gone) {
        attempts.remove(gone.chat());
    }

    private void forgetBefore(long cutoff) {
        while (!failures.isEmpty() && failures.peekFirst() < cutoff) {
            failures.removeFirst();
        }
        for (Iterator<Deque<Long>> it = attempts.values().iterator(); it.hasNext(); ) {
            Deque<Long> times = it.next();
            while (!times.isEmpty() && times.peekFirst() < cutoff) {
                times.removeFirst();
            }
            if (times.isEmpty()) {
                it.remove();
            }
        }
    }
}
