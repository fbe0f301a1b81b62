package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP face of the fake: {@code /bot<token>/<method>} routed case-insensitively, parameters from a JSON
 * body, a form body or the query string, checked against api.json, then handed to the method handlers.
 * Every error answer is recorded as a {@link RejectedCall}. A fake without a server (in-process) answers
 * requests through {@link #answer} exactly as the server would.
 */
final class HttpFront implements HttpHandler {

    private static final Pattern PATH = Pattern.compile("^/bot([^/]+)/([^/]+)/?$");
    /** The methods that count against flood limits. */
    static final Set<String> SENDING = Set.of("sendMessage", "copyMessage", "editMessageText", "sendDocument");

    private static final byte[] BAD_GATEWAY = ("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                    + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n")
            .getBytes(StandardCharsets.UTF_8);

    private final FakeContext ctx;
    private final Map<String, MethodHandler> handlers = new HashMap<>();

    HttpFront(FakeContext ctx) {
        this.ctx = ctx;
        new MessageMethods(ctx).register(handlers);
        new ChatMethods(ctx).register(handlers);
        new ChatInfoMethods(ctx).register(handlers);
        new DocumentMethods(ctx).register(handlers);
        new PinMethods(ctx).register(handlers);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpReply answer = answer(
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    body);
            if (answer == null) {
                // a network failure: the connection closes with no HTTP answer at all
                ctx.faults.countDropped();
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        } finally {
            exchange.close();
        }
    }

    /** The answer to a request for {@code path} (with its query string, or null), or null to close the connection without one. */
    HttpReply answer(String requestPath, String rawQuery, String contentType, byte[] body) {
        Matcher path = PATH.matcher(requestPath);
        if (!path.matches()) {
            return error(requestPath, new ApiError(404, "Not Found", null));
        }
        String segment = path.group(2);
        boolean poll = segment.equalsIgnoreCase("getUpdates");
        if (poll) {
            ctx.faults.recordPoll();
        }
        if (ctx.faults.dropping()) {
            return null;
        }
        if (!path.group(1).equals(ctx.token) || ctx.faults.revoked()) {
            return error(segment, ApiError.unauthorized());
        }
        if (ctx.faults.outage()) {
            return error(segment, new ApiError(502, "Bad Gateway", null));
        }
        Optional<ApiSchema.Method> method = ctx.schema.method(segment);
        if (method.isEmpty()) {
            return error(segment, new ApiError(404, "Not Found", null));
        }
        String name = method.get().name();
        ObjectNode params = ctx.mapper.createObjectNode();
        Map<String, UploadedFile> files = new HashMap<>();
        ApiError malformed = parseParams(rawQuery, contentType, body, params, files);
        RecordedCall call = ctx.log.called(name, params.deepCopy(), ctx.clock.now(), files);
        try {
            if (malformed != null) {
                throw malformed;
            }
            if (poll && ctx.faults.getUpdatesFailure() != null) {
                throw ctx.faults.getUpdatesFailure();
            }
            injected(name, params);
            String missing = ctx.schema.firstMissingRequired(method.get(), params, files.keySet());
            if (missing != null) {
                throw ApiError.badRequest(missingText(missing));
            }
            notMigrated(params, "chat_id");
            notMigrated(params, "from_chat_id");
            if (!SENDING.contains(name)) {
                ctx.rates.checkMethod(name);
            }
            MethodHandler handler = handlers.get(name);
            JsonNode result;
            if (handler == null) {
                reachableGroup(params);
                ctx.log.unimplemented(call);
                result = BooleanNode.TRUE;
            } else {
                result = handler.handle(call);
            }
            if (!poll && !ctx.faults.lateAnswers().isZero()) {
                Thread.sleep(ctx.faults.lateAnswers().toMillis());
            }
            ObjectNode ok = ctx.mapper.createObjectNode().put("ok", true);
            ok.set("result", result);
            return json(200, ok);
        } catch (ApiError e) {
            return e.code() == ApiError.DROPPED ? null : error(name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(name, new ApiError(500, "Internal Server Error: the fake is shutting down", null));
        } catch (RuntimeException e) {
            return error(name, new ApiError(500, "Internal Server Error: the fake failed: " + e, null));
        }
    }

    /**
     * A basic group upgraded to a supergroup is refused whatever the method, modelled or not, because the real
     * server resolves the chat before it looks at the method.
     */
    private void notMigrated(JsonNode params, String field) throws ApiError {
        String chatId = Params.string(params, field);
        if (chatId == null || !chatId.matches("-\\d{1,19}")) {
            return;
        }
        FakeChat chat = ctx.store.find(Long.parseLong(chatId));
        Long migratedTo = chat == null ? null : ctx.store.read(() -> chat.migratedTo);
        if (migratedTo != null) {
            throw ApiError.migrated(migratedTo);
        }
    }

    /** Even a method the fake does not model is refused in a group the bot is no longer in, as the server would. */
    private void reachableGroup(JsonNode params) throws ApiError {
        String chatId = Params.string(params, "chat_id");
        if (chatId != null && chatId.matches("-\\d{1,19}") && ctx.store.find(Long.parseLong(chatId)) != null) {
            ctx.store.locked(() -> ctx.writableChat(Long.parseLong(chatId)));
        }
    }

    /** A one-shot failure set with {@code failNext}; an injected 429 also puts its scope under penalty. */
    private void injected(String method, JsonNode params) throws ApiError {
        Queue<ApiError> queue = ctx.injected.get(method);
        ApiError failure = queue == null ? null : queue.poll();
        if (failure == null) {
            return;
        }
        if (failure.code() == 429 && failure.retryAfter() != null) {
            String chatId = Params.string(params, "chat_id");
            ctx.rates.penalize(
                    SENDING.contains(method) && chatId != null && chatId.matches("-?\\d+")
                            ? "chat:" + chatId
                            : "method:" + method,
                    failure.retryAfter());
        }
        throw failure;
    }

    private static String missingText(String field) {
        return switch (field) {
            case "text" -> "message text is empty";
            case "message_id" -> "message identifier is not specified";
            default -> field + " is empty";
        };
    }

    private ApiError parseParams(
            String query, String contentType, byte[] body, ObjectNode params, Map<String, UploadedFile> files) {
        if (query != null) {
            parseForm(query, params);
        }
        if (body.length == 0) {
            return null;
        }
        String type = String.valueOf(contentType).toLowerCase(Locale.ROOT);
        if (type.contains("application/x-www-form-urlencoded")) {
            parseForm(new String(body, StandardCharsets.UTF_8), params);
            return null;
        }
        if (type.contains("multipart/form-data")) {
            try {
                files.putAll(Multipart.parse(contentType, body, params));
                return null;
            } catch (ApiError unreadable) {
                return unreadable;
            }
        }
        try {
            JsonNode json = ctx.mapper.readTree(body);
            if (json != null && json.isObject()) {
                params.setAll((ObjectNode) json);
                return null;
            }
        } catch (IOException unreadable) {
            // answered below, as the server answers any body it cannot read
        }
        return ApiError.badRequest("can't parse JSON object");
    }

    private static void parseForm(String form, ObjectNode params) {
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
    }

    private HttpReply error(String method, ApiError error) {
        ctx.log.rejected(method, error.code(), error.description());
        if (error.code() == 502) {
            return new HttpReply(502, "text/html", BAD_GATEWAY);
        }
        ObjectNode node = ctx.mapper
                .createObjectNode()
                .put("ok", false)
                .put("error_code", error.code())
                .put("description", error.description());
        if (error.migrateToChatId() != null || error.retryAfter() != null) {
            ObjectNode parameters = node.putObject("parameters");
            if (error.migrateToChatId() != null) {
                parameters.put("migrate_to_chat_id", error.migrateToChatId());
            }
            if (error.retryAfter() != null) {
                parameters.put("retry_after", error.retryAfter());
            }
        }
        return json(error.code(), node);
    }

    private HttpReply json(int status, JsonNode node) {
        try {
            return new HttpReply(status, "application/json", ctx.mapper.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
