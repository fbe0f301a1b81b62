package org.civicrelay.telegram.bot;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Each kind of getUpdates trouble gets its own plain line, its own wait, and an end that says how long. */
class PollingTroubleTest {

    private final AtomicLong nanos = new AtomicLong();
    private final PollingTrouble trouble = new PollingTrouble(Duration.ofSeconds(60), nanos::get);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(PollingTrouble.class);

    @BeforeEach
    void capture() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void release() {
        logger.detachAppender(log);
    }

    @Test
    void a_revoked_token_is_fatal_at_any_time() {
        assertThat(trouble.failed(refused(401, "unauthorized", null)).fatal()).isTrue();
        assertThat(trouble.failed(refused(404, "not found", null)).fatal()).isTrue();
        assertThat(lines())
                .allSatisfy(line -> assertThat(line)
                        .startsWith("ERROR Invalid setting BOT_TOKEN (bot.token): Telegram rejects this token")
                        .contains("revoked"));
    }

    @Test
    void too_many_requests_waits_exactly_as_long_as_telegram_asks() {
        PollingTrouble.Next next = trouble.failed(refused(429, "too many requests", 35));

        assertThat(next.fatal()).isFalse();
        assertThat(next.waitMillis()).isBetween(35_000L, 36_000L);
        assertThat(lines()).containsExactly("WARN getUpdates: 429 Too Many Requests; waiting 35 s as Telegram asks");
    }

    @Test
    void a_conflict_names_the_other_poller_once_then_reminds_and_reports_its_end() {
        for (int i = 0; i < 20; i++) {
            PollingTrouble.Next next = trouble.failed(refused(
                    409,
                    "terminated by other getupdates request; make sure that only one bot instance is running",
                    null));
            assertThat(next.waitMillis()).isBetween(1L, 60_000L);
            nanos.addAndGet(Duration.ofSeconds(20).toNanos());
        }
        trouble.succeeded();

        List<String> lines = lines();
        assertThat(lines.get(0))
                .isEqualTo("WARN getUpdates: 409 Conflict: another process is polling with this token:"
                        + " stop it, or revoke the token in @BotFather if it is not yours");
        assertThat(lines).filteredOn(line -> line.contains("still 409")).hasSize(1);
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo(
                        "INFO Polling alone again after 6 min 40 s of conflicts (409) with another process using this token");
    }

    @Test
    void a_webhook_conflict_asks_for_the_webhook_to_be_deleted() {
        PollingTrouble.Next next = trouble.failed(refused(
                409,
                "can't use getupdates method while webhook is active; use deletewebhook to delete the webhook first",
                null));

        assertThat(next.deleteWebhook()).isTrue();
        assertThat(lines()).singleElement().asString().contains("a webhook is set");
    }

    @Test
    void an_outage_is_reported_when_it_starts_while_it_lasts_and_with_its_length_when_it_ends() {
        long longest = 0;
        for (int i = 0; i < 60; i++) {
            RawBotApi.Answer answer = i % 2 == 0
                    ? new RawBotApi.Unreachable(502, "HTTP 502")
                    : new RawBotApi.Unreachable(0, "ConnectException");
            longest = Math.max(longest, trouble.failed(answer).waitMillis());
            nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        }
        trouble.succeeded();

        List<String> lines = lines();
        assertThat(longest).as("never more than the cap").isLessThanOrEqualTo(60_000L);
        assertThat(lines.get(0))
                .isEqualTo("WARN Bot API unreachable (getUpdates: HTTP 502); retrying with back-off,"
                        + " at most every 60 s");
        assertThat(lines)
                .filteredOn(line -> line.startsWith("WARN Bot API still unreachable"))
                .hasSize(1);
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("INFO Bot API reachable again after 10 min 0 s down"
                        + " (60 failed getUpdates calls; last: ConnectException)");
        assertThat(lines).hasSize(3);
    }

    @Test
    void a_server_error_in_json_counts_as_an_outage() {
        trouble.failed(refused(500, "internal server error", null));

        assertThat(lines()).singleElement().asString().startsWith("WARN Bot API unreachable (getUpdates: HTTP 500)");
    }

    @Test
    void other_refusals_back_off_and_are_reported_once() {
        PollingTrouble.Next first = trouble.failed(refused(400, "bad request", null));
        trouble.failed(refused(400, "bad request", null));
        trouble.succeeded();

        assertThat(first.fatal()).isFalse();
        assertThat(lines())
                .containsExactly(
                        "WARN getUpdates refused (400 bad request); 1 in a row, retrying with back-off",
                        "INFO getUpdates accepted again after 2 refused calls");
    }

    private static RawBotApi.Refused refused(int status, String category, Integer retryAfter) {
        return new RawBotApi.Refused(status, category, retryAfter, null);
    }

    private List<String> lines() {
        return log.list.stream()
                .map(event -> event.getLevel() + " " + event.getFormattedMessage())
                .toList();
    }
}
