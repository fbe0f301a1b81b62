package org.civicrelay.telegram.outbox;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/** Wakes the sender when rows are queued; remembers whether a reply is waiting so that it can jump the queue. */
@Component
class OutboxSignal {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition queued = lock.newCondition();
    private boolean pending;
    private boolean replyPending;

    void wake(Lane lane) {
        lock.lock();
        try {
            pending = true;
            replyPending |= lane == Lane.REPLY;
            queued.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until woken or the time is up; clears the signal. */
    void await(long millis) throws InterruptedException {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(Math.max(1, millis));
            while (!pending && nanos > 0) {
                nanos = queued.awaitNanos(nanos);
            }
            pending = false;
        } finally {
            lock.unlock();
        }
    }

    /** True once per reply queued since the last call: the sender then re-reads the queue. */
    boolean takeReplyPending() {
        lock.lock();
        try {
            boolean was = replyPending;
            replyPending = false;
            return was;
        } finally {
            lock.unlock();
        }
    }
}
