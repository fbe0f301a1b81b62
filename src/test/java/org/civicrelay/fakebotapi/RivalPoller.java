package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.function.LongConsumer;

/**
 * A second {@code getUpdates} client inside the fake, polling the same queue as the bot: the situation the
 * real server answers with 409 Conflict, which the bot must survive and report.
 */
final class RivalPoller implements Runnable {

    /** The library's own long-poll timeout, so the rival holds the line as a real second instance would. */
    private static final int TIMEOUT_SECONDS = 50;
    /** A pause before polling again after being knocked off, so the two pollers do not spin a shared CPU. */
    private static final long REPOLL_MILLIS = 50;
    /** A pause after other errors (revoked token, outage), as any client backs off. */
    private static final long ERROR_PAUSE_MILLIS = 200;

    private final FakeContext ctx;
    private final LongConsumer received;
    private final Thread thread;
    private volatile boolean stopped;
    private Long offset;

    private RivalPoller(FakeContext ctx, LongConsumer received) {
        this.ctx = ctx;
        this.received = received;
        this.thread = new Thread(this, "fake-telegram-rival-poller");
        this.thread.setDaemon(true);
    }

    static RivalPoller start(FakeContext ctx, LongConsumer received) {
        RivalPoller poller = new RivalPoller(ctx, received);
        poller.thread.start();
        return poller;
    }

    @Override
    public void run() {
        while (!stopped) {
            try {
                ArrayNode batch = ctx.queue.poll(offset, 100, TIMEOUT_SECONDS, null, ctx.faults::interruption);
                for (JsonNode update : batch) {
                    long id = update.path("update_id").asLong();
                    received.accept(id);
                    offset = id + 1;
                }
                // a closed queue answers at once; without a pause the rival would spin until stopped
                if (batch.isEmpty() && !pause(REPOLL_MILLIS)) {
                    return;
                }
            } catch (ApiError error) {
                if (!pause(error.code() == 409 ? REPOLL_MILLIS : ERROR_PAUSE_MILLIS)) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void stop() {
        stopped = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
