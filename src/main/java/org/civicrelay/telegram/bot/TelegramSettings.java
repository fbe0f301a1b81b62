package org.civicrelay.telegram.bot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.civicrelay.config.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The adapter's part of {@code bot:} that concerns reaching Telegram: the token, the Bot API's URL, long
 * polling and the heartbeat. Only the adapter knows Telegram exists, so its token lives here too. Public
 * only so that the settings test can bind it as start-up does.
 */
@Validated
@ConfigurationProperties("bot")
public record TelegramSettings(
        @NotBlank(message = "is missing: set BOT_TOKEN to the token @BotFather gave you")
        String token,

        @NotNull @DefaultValue("https://api.telegram.org") URI apiUrl,
        @Valid @NotNull @DefaultValue Polling polling,
        @Valid @NotNull @DefaultValue HeartbeatSettings heartbeat)
        implements Settings {

    /**
     * The token and every message travel in the requests: plain http only to this machine (a local Bot API
     * server, the tests' fake), never across a network.
     */
    @AssertTrue(
            message = "must be an https URL with a host, e.g. https://api.telegram.org (plain http only to this "
                    + "machine: localhost, 127.0.0.1 or [::1])")
    boolean isApiUrl() {
        if (apiUrl == null) {
            return true;
        }
        if (apiUrl.getHost() == null) {
            return false;
        }
        return "https".equals(apiUrl.getScheme()) || "http".equals(apiUrl.getScheme()) && isLoopback(apiUrl.getHost());
    }

    /** A loopback host written literally (no name is resolved: the answer must not depend on DNS). */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        return h.equals("localhost")
                || h.equals("[::1]")
                || h.equals("::1")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    @Override
    public String toString() {
        // Never the token, should the record ever be logged.
        return "TelegramSettings[apiUrl=" + apiUrl + ", polling=" + polling + ", heartbeat=" + heartbeat + "]";
    }

    /** Long polling of getUpdates. */
    public record Polling(
            @Min(0) @Max(50) @DefaultValue("50") int timeoutSeconds,
            @NotNull @DefaultValue("60s") Duration maxBackOff,
            @NotNull @DefaultValue("5s") Duration shutdownGrace) {}

    /**
     * Signs of life for supervisors: a file whose modification time is renewed every few seconds while
     * the bot polls Telegram and its sender runs (the Docker image's HEALTHCHECK reads its age), and
     * optionally a URL pinged every {@code interval} while that holds (a dead man's switch).
     * {@code file} defaults to {@code civic-relay.heartbeat} beside the database.
     */
    public record HeartbeatSettings(
            Path file, URI url, @NotNull @DefaultValue("5m") Duration interval) {

        @AssertTrue(message = "must be an http or https URL, e.g. https://hc-ping.com/your-check-id")
        boolean isUrl() {
            return url == null
                    || (("http".equals(url.getScheme()) || "https".equals(url.getScheme())) && url.getHost() != null);
        }

        @AssertTrue(message = "must be at least 10s, e.g. 5m")
        boolean isInterval() {
            return interval == null || interval.compareTo(Duration.ofSeconds(10)) >= 0;
        }

        /** The heartbeat file for a database at {@code dbPath}. */
        public Path fileFor(Path dbPath) {
            return file != null ? file : dbPath.toAbsolutePath().normalize().resolveSibling("civic-relay.heartbeat");
        }
    }
}
