package org.civicrelay.telegram.bot;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civicrelay.config.DaemonThreads;
import org.civicrelay.logging.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The long-polling loop, on one thread of its own. It first learns who the bot is, fills the command
 * menu and checks the moderators' chat (retrying while Telegram is unreachable), then asks getUpdates
 * for updates after the last one handled, hands each batch to the {@link UpdateConsumer} (which stores
 * the batch's effects before the next call confirms it to Telegram) and moves the offset past every
 * update, readable or not. Whatever goes wrong is said once, in plain words, by {@link PollingTrouble};
 * a token Telegram rejects stops the bot with exit code 2, at start-up or later.
 */
@Component
class LongPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LongPoller.class);
    static final List<String> ALLOWED_UPDATES =
            List.of("message", "edited_message", "callback_query", "my_chat_member");

    private final TelegramSettings settings;
    private final UpdateConsumer consumer;
    private final BotCommandsPublisher commands;
    private final BotIdentity identity;
    private final ModeratorChatCheck moderatorChat;
    private final PublicChannelCheck publicChannel;
    private final Heartbeat heartbeat;
    private final UpdateReader reader = new UpdateReader();
    private final RawBotApi api;
    private final PollingTrouble trouble;

    private volatile boolean running;
    private Thread thread;
    private long offset;

    LongPoller(
            TelegramSettings settings,
            TelegramUrl telegramUrl,
            UpdateConsumer consumer,
            BotCommandsPublisher commands,
            BotIdentity identity,
            ModeratorChatCheck moderatorChat,
            PublicChannelCheck publicChannel,
            Heartbeat heartbeat) {
        this.publicChannel = publicChannel;
        this.settings = settings;
        this.consumer = consumer;
        this.commands = commands;
        this.identity = identity;
        this.moderatorChat = moderatorChat;
        this.heartbeat = heartbeat;
        // The server holds a long poll for up to the timeout; much more than that without an answer is a stall.
        this.api = new RawBotApi(
                telegramUrl,
                settings.token(),
                Duration.ofSeconds(settings.polling().timeoutSeconds() + 15L),
                reader.mapper());
        this.trouble = new PollingTrouble(settings.polling().maxBackOff(), System::nanoTime);
    }

    @Override
    public void start() {
        running = true;
        thread = DaemonThreads.named("telegram-polling").newThread(this::run);
        thread.start();
    }

    private void run() {
        try {
            if (connect()) {
                log.info("Long polling started");
                while (running) {
                    pollOnce();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // Never silent: a poller that dies would leave a bot that looks alive but hears no one.
            log.error(
                    "The polling loop failed ({}); stopping so that a supervisor restarts the bot",
                    e.getClass().getSimpleName(),
                    LogSafe.redact(e));
            exit(1);
        }
    }

    /** Learns the bot's identity, fills the menu, checks the moderators' chat; false if stopped meanwhile. */
    private boolean connect() throws InterruptedException {
        while (running) {
            RawBotApi.Answer me = api.call("getMe", api.params());
            if (me instanceof RawBotApi.Ok ok) {
                JsonNode user = ok.result();
                identity.learn(user.path("id").asLong(), user.path("username").asText(null));
                RawBotApi.Answer webhook = api.call("deleteWebhook", api.params());
                if (!(webhook instanceof RawBotApi.Unreachable)) {
                    trouble.succeeded();
                    commands.publish();
                    moderatorChat.check(api, identity.id());
                    publicChannel.check(api, identity.id());
                    return running;
                }
                me = webhook;
            }
            if (!waitAfter(trouble.failed(me))) {
                return false;
            }
        }
        return false;
    }

    private void pollOnce() throws InterruptedException {
        RawBotApi.Answer answer = api.call(
                "getUpdates",
                api.params()
                        .put("offset", offset)
                        .put("limit", 100)
                        .put("timeout", settings.polling().timeoutSeconds())
                        .set("allowed_updates", reader.mapper().valueToTree(ALLOWED_UPDATES)));
        if (!running) {
            return; // cancelled by stop(): whatever came is fetched again at the next start
        }
        if (answer instanceof RawBotApi.Ok ok) {
            trouble.succeeded();
            heartbeat.polled();
            List<UpdateReader.Incoming> updates = reader.readAll(ok.result());
            if (!updates.isEmpty()) {
                consumer.consume(updates);
                offset = updates.stream()
                                .mapToLong(UpdateReader.Incoming::updateId)
                                .max()
                                .orElse(offset - 1)
                        + 1;
            }
            return;
        }
        PollingTrouble.Next next = trouble.failed(answer);
        if (next.deleteWebhook()) {
            api.call("deleteWebhook", api.params());
        }
        waitAfter(next);
    }

    /** Waits as told, or exits for good; false if the bot is stopping. */
    private boolean waitAfter(PollingTrouble.Next next) throws InterruptedException {
        if (next.fatal()) {
            running = false;
            exit(2);
            return false;
        }
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(next.waitMillis());
        while (running && System.nanoTime() < until) {
            // In short steps, so that a stop is noticed at once and the heartbeat's age tells the truth.
            Thread.sleep(Math.max(1, Math.min(500, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime()))));
        }
        return running;
    }

    /** Exits from another thread: the shutdown it starts waits for this one. */
    private static void exit(int status) {
        Thread exit = new Thread(() -> System.exit(status), "exit");
        exit.start();
    }

    @Override
    public void stop() {
        running = false;
        consumer.stopAccepting();
        api.cancel(); // the loop notices within half a second; a batch being handled is finished, not torn
        if (thread != null) {
            try {
                thread.join(settings.polling().shutdownGrace().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                log.warn("The polling thread did not stop in time");
            }
        }
        api.close();
        log.info("Long polling stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts after the sender and stops before it, so that replies queued by the last updates still leave. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
