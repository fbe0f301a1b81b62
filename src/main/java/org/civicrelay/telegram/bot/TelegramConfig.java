package org.civicrelay.telegram.bot;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The TelegramBots client, wired by hand against {@code BOT_API_URL}. */
@Configuration(proxyBeanMethods = false)
class TelegramConfig {

    @Bean
    TelegramUrl telegramUrl(TelegramSettings settings) {
        URI url = settings.apiUrl();
        int port = url.getPort() != -1 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
        return new TelegramUrl(url.getScheme(), url.getHost(), port, false);
    }

    /** For sending: short timeouts, so that a stuck call cannot hold up the outbox for long. */
    @Bean(destroyMethod = "")
    OkHttpClient sendingHttpClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS)
                .build();
    }

    @Bean
    TelegramClient telegramClient(OkHttpClient sendingHttpClient, TelegramSettings settings, TelegramUrl telegramUrl) {
        return new OkHttpTelegramClient(sendingHttpClient, settings.token(), telegramUrl);
    }

    @Bean
    HttpClientShutdown sendingHttpClientShutdown(OkHttpClient sendingHttpClient) {
        return new HttpClientShutdown(sendingHttpClient);
    }

    /** Closes OkHttp's threads and connections so that nothing keeps the JVM alive after shutdown. */
    record HttpClientShutdown(OkHttpClient client) implements AutoCloseable {
        @Override
        public void close() {
            client.dispatcher().cancelAll();
            client.dispatcher().executorService().shutdownNow();
            client.connectionPool().evictAll();
        }
    }
}
