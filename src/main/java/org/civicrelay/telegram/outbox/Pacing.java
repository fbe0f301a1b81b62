package org.civicrelay.telegram.outbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Telegram's sending limits, kept by the sender so that Telegram never has to enforce them: an overall
 * rate (evenly spaced, no bursts), at most one message (new or edited) a second in a private chat, twenty a
 * minute in a group, and a full stop while a 429's retry_after runs. Time is in nanoseconds from
 * {@link System#nanoTime()}; only the sender's dispatcher thread calls the non-synchronised methods.
 */
@Component
class Pacing {

    static final long SECOND = 1_000_000_000L;
    static final long PRIVATE_SPACING = SECOND;
    static final int GROUP_MESSAGES_PER_MINUTE = 20;
    static final long MINUTE = 60 * SECOND;
    /**
     * A group's window is a little longer than Telegram's minute: we time a message when it leaves, Telegram
     * when it arrives, and a request that travels faster than the one a minute before would otherwise land
     * inside Telegram's minute.
     */
    static final long GROUP_WINDOW = MINUTE + SECOND;
    /**
     * Of a group's twenty messages a minute, bulk and relayed rows may use only this many: the rest stays
     * free for the moderators' work (cards, edits), which therefore never waits a minute behind a flood.
     */
    static final int GROUP_MESSAGES_FOR_YIELDING_LANES = 15;

    private final long globalSpacing;
    private long nextGlobalSlot;
    private final Map<String, Long> lastPrivate = new HashMap<>();
    private final Map<String, Deque<Long>> groupWindow = new HashMap<>();
    private volatile long pausedUntil;

    @Autowired
    Pacing(OutboxSettings settings) {
        this(settings.sendRate());
    }

    Pacing(double messagesPerSecond) {
        this.globalSpacing = (long) (SECOND / messagesPerSecond);
    }

    /** Nanoseconds until this chat may receive its next message; 0 when it may now. */
    long chatWait(OutboxRow row, long now) {
        if (!row.outbound().countsPerChat()) {
            return 0;
        }
        if (row.groupChat()) {
            Deque<Long> window = groupWindow.get(row.chatKey());
            if (window == null) {
                return 0;
            }
            while (!window.isEmpty() && window.peekFirst() <= now - GROUP_WINDOW) {
                window.pollFirst();
            }
            int allowed = row.lane().yields() ? GROUP_MESSAGES_FOR_YIELDING_LANES : GROUP_MESSAGES_PER_MINUTE;
            if (window.size() < allowed) {
                return 0;
            }
            // The window's entries are in order: the one whose expiry frees a slot for this row.
            return window.stream().skip(window.size() - allowed).findFirst().orElseThrow() + GROUP_WINDOW - now;
        }
        Long last = lastPrivate.get(row.chatKey());
        return last == null ? 0 : Math.max(0, last + PRIVATE_SPACING - now);
    }

    /** Nanoseconds until the overall rate allows this call; 0 when it may go now. */
    long globalWait(OutboxRow row, long now) {
        return row.outbound().countsGlobally() ? Math.max(0, nextGlobalSlot - now) : 0;
    }

    /** Records that the call is being made now. */
    void taken(OutboxRow row, long now) {
        if (row.outbound().countsGlobally()) {
            nextGlobalSlot = Math.max(nextGlobalSlot, now - globalSpacing) + globalSpacing;
        }
        if (row.outbound().countsPerChat()) {
            if (row.groupChat()) {
                groupWindow
                        .computeIfAbsent(row.chatKey(), key -> new ArrayDeque<>())
                        .addLast(now);
            } else {
                lastPrivate.put(row.chatKey(), now);
            }
        }
    }

    /** After a 429: nothing at all is sent until retry_after has passed. Called from worker threads. */
    synchronized void pause(long seconds, long now) {
        pausedUntil = Math.max(pausedUntil, now + seconds * SECOND + SECOND / 10);
    }

    long pauseRemaining(long now) {
        return Math.max(0, pausedUntil - now);
    }

    /** Drops what no longer constrains anything, so that memory does not grow with the number of chats. */
    void forgetIdle(long now) {
        lastPrivate.values().removeIf(last -> last < now - PRIVATE_SPACING);
        for (Iterator<Deque<Long>> it = groupWindow.values().iterator(); it.hasNext(); ) {
            Deque<Long> window = it.next();
            while (!window.isEmpty() && window.peekFirst() <= now - GROUP_WINDOW) {
                window.pollFirst();
            }
            if (window.isEmpty()) {
                it.remove();
            }
        }
    }
}
