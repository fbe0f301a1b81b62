package org.civicrelay.telegram.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.civicrelay.telegram.outbox.BotApiErrors;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Bot API calls whose answers the bot reads as JSON trees rather than as the library's objects: the
 * long poll (one unreadable update must not stall the bot, see {@link UpdateReader}) and the start-up
 * checks (getMe, getChat, getChatMember), whose answers grow with every Bot API version. Each call is
 * answered as what it was: a result, a refusal with its status and parameters, or no answer at all.
 * The token is part of the URL and so never appears in a log or an exception from here.
 */
final class RawBotApi implements AutoCloseable {

    private static final MediaType JSON = MediaType.get("application/json");

    /** What one call came back with. */
    sealed interface Answer permits Ok, Refused, Unreachable {}

    record Ok(JsonNode result) implements Answer {}

    /**
     * Telegram answered {@code ok: false}. {@code category} is the kind of the description ("conflict",
     * "chat not found", ...), short and without quoted content; {@code retryAfter} and {@code migrateTo}
     * come from the answer's {@code parameters}.
     */
    record Refused(int status, String category, Integer retryAfter, Long migrateTo) implements Answer {}

    /** No Bot API answer: a network failure ({@code status} 0) or a gateway's page instead of JSON (5xx). */
    record Unreachable(int status, String cause) implements Answer {}

    private final OkHttpClient http;
    private final HttpUrl base;
    private final ObjectMapper json;
    private final AtomicReference<Call> inFlight = new AtomicReference<>();

    /** {@code readTimeout} must exceed the longest long-poll timeout the caller asks the server for. */
    RawBotApi(TelegramUrl url, String token, Duration readTimeout, ObjectMapper json) {
        this.http = new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(15, TimeUnit.SECONDS)
                .retryOnConnectionFailure(false)
                .build();
        this.base = new HttpUrl.Builder()
                .scheme(url.getSchema())
                .host(url.getHost())
                .port(url.getPort())
                .addPathSegment("bot" + token)
                .build();
        this.json = json;
    }

    ObjectNode params() {
        return json.createObjectNode();
    }

    Answer call(String method, ObjectNode params) {
        Request request = new Request.Builder()
                .url(base.newBuilder().addPathSegment(method).build())
                .post(RequestBody.create(params.toString(), JSON))
                .build();
        Call call = http.newCall(request);
        inFlight.set(call);
        try (Response response = call.execute()) {
            return answer(response);
        } catch (InterruptedIOException e) {
            return new Unreachable(
                    0, call.isCanceled() ? "cancelled" : e.getClass().getSimpleName());
        } catch (IOException e) {
            return new Unreachable(0, e.getClass().getSimpleName());
        } finally {
            inFlight.compareAndSet(call, null);
        }
    }

    private Answer answer(Response response) {
        ResponseBody content = response.body();
        JsonNode answer;
        try {
            answer = content == null ? null : json.readTree(content.byteStream());
        } catch (IOException notJson) {
            answer = null;
        }
        if (answer == null || !answer.isObject() || !answer.has("ok")) {
            return new Unreachable(response.code(), "HTTP " + response.code()); // a gateway's page: not Telegram
        }
        if (answer.path("ok").asBoolean(false)) {
            return new Ok(answer.path("result"));
        }
        int status = answer.path("error_code").canConvertToInt()
                ? answer.path("error_code").asInt()
                : response.code();
        JsonNode parameters = answer.path("parameters");
        return new Refused(
                status,
                BotApiErrors.category(answer.toString()),
                parameters.path("retry_after").canConvertToInt()
                        ? parameters.path("retry_after").asInt()
                        : null,
                parameters.path("migrate_to_chat_id").canConvertToLong()
                        ? parameters.path("migrate_to_chat_id").asLong()
                        : null);
    }

    /** Ends the call in progress at once (at shutdown). */
    void cancel() {
        Call call = inFlight.get();
        if (call != null) {
            call.cancel();
        }
    }

    @Override
    public void close() {
        cancel();
        http.dispatcher().cancelAll();
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
    }
}
