package org.civicrelay.telegram.outbox;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.civicrelay.privacy.Pseudonym;
import org.springframework.stereotype.Component;

/**
 * The chats a call is being made to right now, from the moment the sender takes a row until its answer is
 * stored (the row deleted, its hook run). A person can answer a message only once Telegram has shown it, and
 * by then its call is in flight or settled: waiting here before reading an answer means that what the bot
 * records about its own message (which suggestion it is about) is there when the answer is read.
 */
@Component
public class ChatsInFlight {

    private final Set<String> chats = new HashSet<>();

    synchronized boolean contains(String chatKey) {
        return chats.contains(chatKey);
    }

    synchronized void started(String chatKey) {
        chats.add(chatKey);
    }

    synchronized void ended(String chatKey) {
        chats.remove(chatKey);
        notifyAll();
    }

    /**
     * Waits, at most {@code max}, until no call to this chat is in flight; false if one still is. Never call it
     * while holding the database (the sender needs it to settle the call).
     */
    public synchronized boolean awaitSettled(Pseudonym chat, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (chats.contains(chat.value())) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            Duration remaining = Duration.ofNanos(left);
            wait(Math.max(1, remaining.toMillis()));
        }
        return true;
    }
}
