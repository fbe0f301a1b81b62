package org.civicrelay.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.civicrelay.catalogue.CatalogueReload;
import org.civicrelay.telegram.bot.InProcessPolling;
import org.civicrelay.telegram.outbox.InProcessDelivery;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.LifecycleProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * What {@link InProcessBotTest} adds to the bot's real context. Deliberately not a {@code @Configuration}:
 * the end-to-end tests run the bot on the test class path, and its component scan must not find this.
 */
@Import({InProcessBot.class, InProcessPolling.class, InProcessDelivery.class, CatalogueReload.class})
class InProcessBotConfig {

    /** The bot's HTTP client, answering from the in-process fake. */
    @Bean
    static InProcessTransport inProcessTransport() {
        return new InProcessTransport();
    }

    /**
     * Nothing is started: no polling thread, no sender, no heartbeat pinger, no purge scheduler. The harness
     * polls and delivers on the test's thread instead; the beans are the real ones, only idle.
     */
    @Bean(AbstractApplicationContext.LIFECYCLE_PROCESSOR_BEAN_NAME)
    static LifecycleProcessor lifecycleProcessor() {
        return new LifecycleProcessor() {
            @Override
            public void onRefresh() {}

            @Override
            public void onClose() {}

            @Override
            public void start() {}

            @Override
            public void stop() {}

            @Override
            public boolean isRunning() {
                return false;
            }
        };
    }

    /** A database folder of the context's own, deleted when the test JVM exits. */
    static final class TemporaryDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Path folder;
            try {
                folder = Files.createTempDirectory("civic-relay-in-process-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "in-process database",
                            Map.of(
                                    "bot.db-path",
                                    folder.resolve("db/civic-relay.db").toString())));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder), "in-process-database-cleanup"));
        }

        private static void delete(Path folder) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }
}
