package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The server side of {@code getUpdates}: pending updates with increasing ids, confirmation by
 * {@code offset}, long polling, {@code allowed_updates} (remembered between calls, as the server does), and
 * 409 Conflict for the older of two concurrent pollers.
 */
final class UpdateQueue {

    /** What the server delivers when {@code allowed_updates} was never set or set to []. */
    private static final Set<String> EXCLUDED_BY_DEFAULT =
            Set.of("chat_member", "message_reaction", "message_reaction_count");

    private final ObjectMapper mapper;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Deque<ObjectNode> pending = new ArrayDeque<>();
    private long lastUpdateId = 100_000_000L;
    private long confirmedUpdateId = 100_000_000L;
    private long pollGeneration;
    private Set<String> allowed = Set.of();
    private boolean closed;

    UpdateQueue(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    long enqueue(String type, ObjectNode payload) {
        lock.lock();
        try {
            ObjectNode update = mapper.createObjectNode().put("update_id", ++lastUpdateId);
            update.set(type, payload);
            pending.addLast(update);
            changed.signalAll();
            return lastUpdateId;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Answers one {@code getUpdates} call, waiting up to {@code timeoutSeconds} for an update.
     *
     * @param offset  the {@code offset} parameter, or null
     * @param allowedUpdates the {@code allowed_updates} parameter, or null to keep the previous setting
     * @param interruption the error that ends this poll now (an outage, a revoked token, an injected failure),
     *                     or null while there is none; asked again whenever the queue is woken up
     */
    ArrayNode poll(
            Long offset, int limit, int timeoutSeconds, List<String> allowedUpdates, Supplier<ApiError> interruption)
            throws ApiError, InterruptedException {
        lock.lock();
        try {
            long generation = ++pollGeneration;
            changed.signalAll();
            if (allowedUpdates != null) {
                allowed = Set.copyOf(allowedUpdates);
            }
            confirm(offset);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (true) {
                if (closed) {
                    return mapper.createArrayNode();
                }
                if (generation != pollGeneration) {
                    throw ApiError.conflict("terminated by other getUpdates request; make sure that only one bot"
                            + " instance is running");
                }
                ApiError interrupted = interruption.get();
                if (interrupted != null) {
                    throw interrupted;
                }
                ArrayNode batch = take(limit);
                long left = deadline - System.nanoTime();
                if (!batch.isEmpty() || left <= 0) {
                    return batch;
                }
                changed.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
            }
        } finally {
            lock.unlock();
        }
    }

    private void confirm(Long offset) {
        if (offset == null || offset == 0) {
            return;
        }
        if (offset < 0) {
            while (pending.size() > -offset) {
                confirmedUpdateId = Math.max(
                        confirmedUpdateId,
                        pending.removeFirst().get("update_id").asLong());
            }
            return;
        }
        while (!pending.isEmpty() && pending.peekFirst().get("update_id").asLong() < offset) {
            pending.removeFirst();
        }
        confirmedUpdateId = Math.max(confirmedUpdateId, Math.min(offset - 1, lastUpdateId));
    }

    /** Up to {@code limit} deliverable updates; those of types not allowed are dropped, as never created. */
    private ArrayNode take(int limit) {
        ArrayNode batch = mapper.createArrayNode();
        Iterator<ObjectNode> it = pending.iterator();
        while (it.hasNext() && batch.size() < limit) {
            ObjectNode update = it.next();
            if (isAllowed(typeOf(update))) {
                batch.add(update.deepCopy());
            } else {
                it.remove();
            }
        }
        return batch;
    }

    private boolean isAllowed(String type) {
        return allowed.isEmpty() ? !EXCLUDED_BY_DEFAULT.contains(type) : allowed.contains(type);
    }

    private static String typeOf(ObjectNode update) {
        Iterator<String> names = update.fieldNames();
        names.next();
        return names.next();
    }

    void dropPending() {
        lock.lock();
        try {
            pending.clear();
        } finally {
            lock.unlock();
        }
    }

    /** Wakes waiting polls so they notice a fault or the end. */
    void wakeUp() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    long confirmedUpdateId() {
        lock.lock();
        try {
            return confirmedUpdateId;
        } finally {
            lock.unlock();
        }
    }

    long lastUpdateId() {
        lock.lock();
        try {
            return lastUpdateId;
        } finally {
            lock.unlock();
        }
    }

    int pendingCount() {
        lock.lock();
        try {
            return pending.size();
        } finally {
            lock.unlock();
        }
    }

    List<ObjectNode> pendingSnapshot() {
        lock.lock();
        try {
            return pending.stream().map(ObjectNode::deepCopy).toList();
        } finally {
            lock.unlock();
        }
    }
}
