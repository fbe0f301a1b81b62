package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Plain HTTP calls to a fake, as a bot would make them, for the fake's own tests: the status and the exact
 * JSON (or HTML) body come back untouched, so error answers can be compared byte for byte.
 */
final class FakeHttp {

    /** One answer: {@code json} is null when the body was not JSON (nginx's error pages). */
    record Reply(int status, String body, JsonNode json) {

        String description() {
            return json == null ? null : json.path("description").asText();
        }

        JsonNode result() {
            return json == null ? null : json.get("result");
        }
    }

    private final FakeTelegram fake;
    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    FakeHttp(FakeTelegram fake) {
        this.fake = fake;
    }

    Reply call(String method, Map<String, ?> params) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(method, params), HttpResponse.BodyHandlers.ofString());
        return reply(response);
    }

    CompletableFuture<Reply> callAsync(String method, Map<String, ?> params) {
        return http.sendAsync(request(method, params), HttpResponse.BodyHandlers.ofString())
                .thenApply(this::reply);
    }

    /** The TelegramBots client the bot itself uses, pointed at the fake. */
    OkHttpTelegramClient telegramClient() {
        return new OkHttpTelegramClient(
                new OkHttpClient(), fake.token(), new TelegramUrl("http", "127.0.0.1", fake.port(), false));
    }

    private HttpRequest request(String method, Map<String, ?> params) {
        try {
            return HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/bot" + fake.token() + "/" + method))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(params)))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reply reply(HttpResponse<String> response) {
        JsonNode json;
        try {
            json = mapper.readTree(response.body());
        } catch (IOException notJson) {
            json = null;
        }
        return new Reply(response.statusCode(), response.body(), json);
    }
}
