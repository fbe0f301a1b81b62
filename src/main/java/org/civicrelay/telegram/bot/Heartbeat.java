package org.civicrelay.telegram.bot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.civicrelay.config.BotSettings;
import org.civicrelay.config.DaemonThreads;
import org.civicrelay.telegram.outbox.SenderWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Signs of life for whoever supervises the bot. The poller reports each answered getUpdates and the
 * sender each pass over its queue; while both are recent, a file's modification time is renewed every
 * few seconds (Docker's HEALTHCHECK and monitoring read its age) and, if {@code BOT_HEARTBEAT_URL} is
 * set, that URL is pinged every {@code BOT_HEARTBEAT_INTERVAL}. A bot cut off from Telegram, or whose
 * sender is stuck, lets the file age: that is the alarm. The file holds nothing; only its time matters.
 */
@Component
public class Heartbeat implements SmartLifecycle, SenderWatch {

    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);
    private static final long TOUCH_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** The sender passes over its queue at least every second; a minute without a pass is a stall. */
    private static final long SENDER_STALE_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final Path file;
    private final TelegramSettings.HeartbeatSettings settings;
    private final long pollStaleNanos;
    private final LongSupplier nanoTime;
    private volatile long lastPoll = Long.MIN_VALUE;
    private volatile long lastSenderPass = Long.MIN_VALUE;
    private volatile long lastTouch = Long.MIN_VALUE;
    private boolean touchFailed;
    private ScheduledExecutorService pinger;
    private OkHttpClient http;

    @Autowired
    Heartbeat(TelegramSettings settings, BotSettings bot) {
        this(
                settings.heartbeat().fileFor(bot.dbPath()),
                settings.heartbeat(),
                // A long poll lasts up to the polling timeout; allow one more and a margin for a slow answer.
                TimeUnit.SECONDS.toNanos(2L * settings.polling().timeoutSeconds() + 30),
                System::nanoTime);
    }

    Heartbeat(Path file, TelegramSettings.HeartbeatSettings settings, long pollStaleNanos, LongSupplier nanoTime) {
        this.file = file;
        this.settings = settings;
        this.pollStaleNanos = pollStaleNanos;
        this.nanoTime = nanoTime;
    }

    /** getUpdates was answered: the bot hears Telegram. */
    void polled() {
        lastPoll = nanoTime.getAsLong();
        maybeTouch();
    }

    /** The sender went over its queue: what is queued leaves. */
    @Override
    public void senderPassed() {
        lastSenderPass = nanoTime.getAsLong();
        maybeTouch();
    }

    boolean healthy() {
        long now = nanoTime.getAsLong();
        return lastPoll != Long.MIN_VALUE
                && now - lastPoll <= pollStaleNanos
                && lastSenderPass != Long.MIN_VALUE
                && now - lastSenderPass <= SENDER_STALE_NANOS;
    }

    Path file() {
        return file;
    }

    private void maybeTouch() {
        long now = nanoTime.getAsLong();
        if (lastTouch != Long.MIN_VALUE && now - lastTouch < TOUCH_EVERY_NANOS || !healthy()) {
            return;
        }
        lastTouch = now;
        touch();
    }

    private synchronized void touch() {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(
                            file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(file);
                }
            }
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            touchFailed = false;
        } catch (IOException | RuntimeException e) {
            if (!touchFailed) {
                log.warn(
                        "Cannot renew the heartbeat file BOT_HEARTBEAT_FILE ({}); health checks will report the bot"
                                + " as unhealthy",
                        e.getClass().getSimpleName());
                touchFailed = true;
            }
        }
    }

    private void ping() {
        if (!healthy()) {
            return; // a dead man's switch must hear nothing while the bot cannot serve anyone
        }
        try (Response response = http.newCall(new Request.Builder()
                        .url(settings.url().toString())
                        .get()
                        .build())
                .execute()) {
            if (!response.isSuccessful()) {
                log.warn("The heartbeat URL (BOT_HEARTBEAT_URL) answered HTTP {}", response.code());
            }
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "Pinging the heartbeat URL (BOT_HEARTBEAT_URL) failed ({})",
                    e.getClass().getSimpleName());
        }
    }

    @Override
    public void start() {
        if (settings.url() != null) {
            http = new OkHttpClient.Builder()
                    .connectTimeout(10, TimeUnit.SECONDS)
                    .readTimeout(10, TimeUnit.SECONDS)
                    .callTimeout(20, TimeUnit.SECONDS)
                    .build();
            pinger = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("heartbeat-ping"));
            long every = settings.interval().toMillis();
            // The first ping soon after start, so that a new set-up is confirmed quickly.
            pinger.scheduleWithFixedDelay(this::ping, Math.min(every, 30_000), every, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        if (pinger != null) {
            pinger.shutdownNow();
            http.dispatcher().executorService().shutdownNow();
            http.connectionPool().evictAll();
        }
        pinger = null;
    }

    @Override
    public boolean isRunning() {
        return pinger != null;
    }
}
