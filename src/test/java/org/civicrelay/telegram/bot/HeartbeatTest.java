package org.civicrelay.telegram.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The heartbeat file is renewed only while the bot both hears Telegram and sends what it queued. */
class HeartbeatTest {

    private static final long POLL_STALE = TimeUnit.SECONDS.toNanos(130);

    @TempDir
    Path folder;

    private final AtomicLong nanos = new AtomicLong(1_000_000_000_000L);

    @Test
    void the_file_appears_owner_only_once_polling_and_sending_both_work() throws Exception {
        Heartbeat heartbeat = heartbeat();

        heartbeat.polled();
        assertThat(heartbeat.file()).as("no pass of the sender yet").doesNotExist();
        heartbeat.senderPassed();

        assertThat(heartbeat.file()).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(heartbeat.file())))
                .isEqualTo("rw-------");
    }

    @Test
    void the_file_ages_while_telegram_is_not_heard() throws Exception {
        Heartbeat heartbeat = heartbeat();
        heartbeat.polled();
        heartbeat.senderPassed();
        Files.setLastModifiedTime(heartbeat.file(), FileTime.fromMillis(0));

        nanos.addAndGet(POLL_STALE + 1);
        heartbeat.senderPassed();
        assertThat(Files.getLastModifiedTime(heartbeat.file()).toMillis())
                .as("polls stale")
                .isZero();
        assertThat(heartbeat.healthy()).isFalse();

        heartbeat.polled();
        assertThat(Files.getLastModifiedTime(heartbeat.file()).toMillis())
                .as("polling again")
                .isPositive();
    }

    @Test
    void the_file_ages_while_the_sender_is_stuck() throws Exception {
        Heartbeat heartbeat = heartbeat();
        heartbeat.polled();
        heartbeat.senderPassed();
        Files.setLastModifiedTime(heartbeat.file(), FileTime.fromMillis(0));

        nanos.addAndGet(TimeUnit.SECONDS.toNanos(61));
        heartbeat.polled();

        assertThat(Files.getLastModifiedTime(heartbeat.file()).toMillis()).isZero();
        assertThat(heartbeat.healthy()).isFalse();
    }

    @Test
    void the_file_is_renewed_every_few_seconds_not_on_every_event() throws Exception {
        Heartbeat heartbeat = heartbeat();
        heartbeat.polled();
        heartbeat.senderPassed();
        Files.setLastModifiedTime(heartbeat.file(), FileTime.fromMillis(0));

        nanos.addAndGet(TimeUnit.SECONDS.toNanos(1));
        heartbeat.senderPassed();
        assertThat(Files.getLastModifiedTime(heartbeat.file()).toMillis()).isZero();

        nanos.addAndGet(TimeUnit.SECONDS.toNanos(5));
        heartbeat.senderPassed();
        assertThat(Files.getLastModifiedTime(heartbeat.file()).toMillis()).isPositive();
    }

    @Test
    void the_default_file_is_beside_the_database() {
        TelegramSettings.HeartbeatSettings settings =
                new TelegramSettings.HeartbeatSettings(null, null, Duration.ofMinutes(5));

        assertThat(settings.fileFor(folder.resolve("db/civic-relay.db")))
                .isEqualTo(folder.resolve("db/civic-relay.heartbeat"));
    }

    private Heartbeat heartbeat() {
        return new Heartbeat(
                folder.resolve("data/civic-relay.heartbeat"),
                new TelegramSettings.HeartbeatSettings(null, null, Duration.ofMinutes(5)),
                POLL_STALE,
                nanos::get);
    }
}
