package org.civicrelay.fakebotapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** Revoked tokens, failing getUpdates, dropped connections, a rival poller, and the record of poll times. */
class FakeFaultsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    /** How soon a waiting long poll must end once a fault starts: far less than its own timeout. */
    private static final long PROMPTLY_SECONDS = 3;

    private static final String CONFLICT = "{\"ok\":false,\"error_code\":409,\"description\":\"Conflict: terminated by"
            + " other getUpdates request; make sure that only one bot instance is running\"}";

    private FakeTelegram fake;
    private FakeHttp http;
    private FakeUser alice;

    @BeforeEach
    void start() {
        fake = FakeTelegram.start("123:TEST-token");
        http = new FakeHttp(fake);
        alice = fake.user(710_000_001L);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void a_revoked_token_answers_401_to_everything_and_ends_a_waiting_poll() throws Exception {
        CompletableFuture<FakeHttp.Reply> waiting = http.callAsync("getUpdates", Map.of("timeout", 30));
        fake.awaitCall("getUpdates", WAIT);

        fake.faults().revokeToken();

        String unauthorized = "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}";
        assertThat(waiting.get(PROMPTLY_SECONDS, TimeUnit.SECONDS).body()).isEqualTo(unauthorized);
        assertThat(http.call("getMe", Map.of()).body()).isEqualTo(unauthorized);
        assertThat(http.call("sendMessage", Map.of("chat_id", alice.id(), "text", "x"))
                        .body())
                .isEqualTo(unauthorized);
        assertThatThrownBy(() -> http.telegramClient().execute(new GetMe()))
                .isInstanceOfSatisfying(
                        TelegramApiRequestException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(401));
        assertThat(fake.faults().tokenRevoked()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "429 | Too Many Requests: retry after 7 | 7 | {\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 7\",\"parameters\":{\"retry_after\":7}}",
                "500 | Internal Server Error            | - | {\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}",
                "504 | Gateway Timeout                  | - | {\"ok\":false,\"error_code\":504,\"description\":\"Gateway Timeout\"}",
            })
    void get_updates_answers_the_injected_error_until_restored(
            int status, String description, Integer retryAfter, String body) throws Exception {
        CompletableFuture<FakeHttp.Reply> waiting = http.callAsync("getUpdates", Map.of("timeout", 30));
        fake.awaitCall("getUpdates", WAIT);

        fake.faults().failGetUpdates(status, description, retryAfter);

        assertThat(waiting.get(PROMPTLY_SECONDS, TimeUnit.SECONDS).body()).isEqualTo(body);
        FakeHttp.Reply again = http.call("getUpdates", Map.of());
        assertThat(again.status()).isEqualTo(status);
        assertThat(again.body()).isEqualTo(body);
        assertThat(http.call("getMe", Map.of()).status()).isEqualTo(200);
        fake.faults().restoreGetUpdates();
        assertThat(http.call("getUpdates", Map.of()).status()).isEqualTo(200);
        assertThat(fake.rejectedCalls(status)).hasSize(2);
    }

    @Test
    void telegrambots_sees_retry_after_of_a_failing_get_updates_and_nginx_html_for_502() throws Exception {
        fake.faults().failGetUpdates(429, "Too Many Requests: retry after 7", 7);
        assertThatThrownBy(
                        () -> http.telegramClient().execute(GetUpdates.builder().build()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(429);
                    assertThat(e.getParameters().getRetryAfter()).isEqualTo(7);
                });

        fake.faults().failGetUpdates(502, "Bad Gateway", null);
        FakeHttp.Reply gateway = http.call("getUpdates", Map.of());
        assertThat(gateway.status()).isEqualTo(502);
        assertThat(gateway.json()).isNull();
        assertThat(gateway.body()).contains("<center><h1>502 Bad Gateway</h1></center>");
    }

    @Test
    void dropped_connections_give_clients_an_io_exception_and_no_answer() throws Exception {
        CompletableFuture<FakeHttp.Reply> waiting = http.callAsync("getUpdates", Map.of("timeout", 30));
        fake.awaitCall("getUpdates", WAIT);

        fake.faults().dropConnections(true);

        assertThatThrownBy(() -> waiting.get(PROMPTLY_SECONDS, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IOException.class);
        assertThatThrownBy(() -> http.call("getMe", Map.of())).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> http.telegramClient().execute(new GetMe()))
                .isInstanceOf(TelegramApiException.class)
                .hasRootCauseInstanceOf(IOException.class);
        assertThat(fake.faults().droppedConnections()).isGreaterThanOrEqualTo(3);
        assertThat(fake.rejectedCalls()).isEmpty();
        fake.faults().dropConnections(false);
        assertThat(http.call("getMe", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void records_each_poll_on_the_wall_clock_whatever_its_answer() throws Exception {
        Instant before = Instant.now();
        http.call("getUpdates", Map.of());
        fake.advanceClock(Duration.ofHours(1));
        fake.faults().failGetUpdates(500, "Internal Server Error", null);
        http.call("getupdates", Map.of());
        fake.faults().dropConnections(true);
        assertThatThrownBy(() -> http.call("getUpdates", Map.of())).isInstanceOf(IOException.class);
        fake.faults().dropConnections(false);
        assertThat(http.call("getMe", Map.of()).status()).isEqualTo(200);
        Instant after = Instant.now();

        List<Instant> polls = fake.faults().pollTimes();

        assertThat(polls).hasSize(3).isSorted().allSatisfy(at -> assertThat(at).isBetween(before, after));
    }

    @Test
    void a_rival_poller_knocks_the_bots_polls_off_with_the_servers_409_and_takes_updates() throws Exception {
        fake.faults().startRivalPoller();

        FakeHttp.Reply knockedOff =
                http.callAsync("getUpdates", Map.of("timeout", 30)).get(PROMPTLY_SECONDS, TimeUnit.SECONDS);
        FakeHttp.Reply again =
                http.callAsync("getUpdates", Map.of("timeout", 30)).get(PROMPTLY_SECONDS, TimeUnit.SECONDS);
        alice.send("/start");
        long stolen = fake.lastUpdateId();
        fake.await(() -> fake.faults().rivalReceivedUpdateIds().contains(stolen), WAIT, "the rival taking the update");
        fake.faults().stopRivalPoller();
        FakeHttp.Reply alone = http.call("getUpdates", Map.of("timeout", 0));

        assertThat(knockedOff.status()).isEqualTo(409);
        assertThat(knockedOff.body()).isEqualTo(CONFLICT);
        assertThat(again.body()).isEqualTo(CONFLICT);
        assertThat(alone.status()).isEqualTo(200);
        assertThat(alone.result()).isEmpty();
        assertThat(fake.calls("getUpdates")).hasSize(3);
    }
}
