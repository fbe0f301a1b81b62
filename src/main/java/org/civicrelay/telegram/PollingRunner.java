package org.civicrelay.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.civicrelay.config.BotSettings;
import org.civicrelay.logging.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Runs the long-polling loop. It connects in the background (so that a Bot API outage at start-up is
 * retried rather than fatal, while a token Telegram rejects stops the bot with a clear line), and on
 * shutdown it aborts the pending getUpdates and stops its own threads so that the JVM exits promptly.
 */
@Component
class PollingRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PollingRunner.class);
    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query", "my_chat_member");

    private final BotSettings settings;
    private final TelegramUrl telegramUrl;
    private final TelegramClient client;
    private final UpdateConsumer consumer;
    private final BotCommandsPublisher commands;
    private final BotIdentity identity;
    private final OkHttpClient pollingHttp;
    private final ScheduledExecutorService pollingThread;

    private volatile boolean running;
    private Thread connector;
    private TelegramBotsLongPollingApplication application;

    PollingRunner(BotSettings settings, TelegramUrl telegramUrl, TelegramClient client, UpdateConsumer consumer,
            BotCommandsPublisher commands, BotIdentity identity) {
        this.settings = settings;
        this.telegramUrl = telegramUrl;
        this.client = client;
        this.consumer = consumer;
        this.commands = commands;
        this.identity = identity;
        this.pollingHttp = new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(settings.polling().timeoutSeconds() + 25L, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS)
                .build();
        this.pollingThread = Executors.newSingleThreadScheduledExecutor(OutboxSender.daemon("telegram-polling"));
    }

    @Override
    public void start() {
        running = true;
        connector = OutboxSender.daemon("telegram-connect").newThread(this::connect);
        connector.start();
    }

    private void connect() {
        CappedBackOff backOff = new CappedBackOff(settings.polling().maxBackOff());
        while (running) {
            try {
                identity.learn(client.execute(new GetMe()));
                commands.publish();
                TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                        () -> pollingHttp, () -> pollingThread, () -> new CappedBackOff(settings.polling().maxBackOff()));
                synchronized (this) {
                    if (!running) {
                        return;
                    }
                    application = app;
                }
                app.registerBot(settings.token(), () -> telegramUrl, this::getUpdates, consumer);
                log.info("Long polling started");
                return;
            } catch (TelegramApiRequestException refused) {
                if (refused.getErrorCode() != null && (refused.getErrorCode() == 401 || refused.getErrorCode() == 404)) {
                    log.error("Invalid setting BOT_TOKEN (bot.token): Telegram rejects this token ({}); stopping",
                            refused.getErrorCode());
                    Thread exit = new Thread(() -> System.exit(2), "exit");
                    exit.start();
                    return;
                }
                waitBeforeRetry(backOff, refused);
            } catch (TelegramApiException | RuntimeException trouble) {
                waitBeforeRetry(backOff, trouble);
            }
        }
    }

    private void waitBeforeRetry(CappedBackOff backOff, Exception trouble) {
        log.debug("Connecting to the Bot API failed", LogSafe.redact(trouble));
        try {
            Thread.sleep(backOff.nextBackOffMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private GetUpdates getUpdates(Integer lastReceived) {
        return GetUpdates.builder()
                .offset(lastReceived + 1)
                .limit(100)
                .timeout(settings.polling().timeoutSeconds())
                .allowedUpdates(ALLOWED_UPDATES)
                .build();
    }

    @Override
    public void stop() {
        running = false;
        consumer.stopAccepting();
        if (connector != null) {
            connector.interrupt();
        }
        synchronized (this) {
            if (application != null) {
                try {
                    application.close();
                } catch (Exception e) {
                    log.warn("Stopping long polling failed ({})", e.getClass().getSimpleName());
                }
            }
        }
        pollingHttp.dispatcher().cancelAll();
        pollingThread.shutdownNow();
        try {
            if (!pollingThread.awaitTermination(settings.polling().shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("The polling thread did not stop in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pollingHttp.dispatcher().executorService().shutdownNow();
        pollingHttp.connectionPool().evictAll();
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
