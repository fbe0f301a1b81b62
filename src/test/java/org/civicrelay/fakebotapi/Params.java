package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads request parameters leniently, as the Bot API does: numbers may come as JSON numbers or strings
 * (form encoding), objects and arrays as JSON or as JSON text.
 */
final class Params {

    private Params() {}

    static String string(JsonNode params, String name) {
        JsonNode value = params.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    static boolean bool(JsonNode params, String name) {
        JsonNode value = params.get(name);
        if (value == null || value.isNull()) {
            return false;
        }
        return value.isBoolean()
                ? value.booleanValue()
                : "true".equalsIgnoreCase(value.asText()) || "1".equals(value.asText());
    }

    static Long optLong(JsonNode params, String name) throws ApiError {
        JsonNode value = params.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        String text = value.asText().trim();
        if (text.matches("-?\\d{1,19}")) {
            return Long.parseLong(text);
        }
        throw ApiError.badRequest("field \"" + name + "\" must be of type Integer");
    }

    static Integer optInt(JsonNode params, String name) throws ApiError {
        Long value = optLong(params, name);
        return value == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    /** A chat id; a {@code @username} or anything else unparsable is a chat the fake does not know. */
    static long chatId(JsonNode params, String name) throws ApiError {
        JsonNode value = params.get(name);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw ApiError.badRequest(name + " is empty");
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        String text = value.asText().trim();
        if (text.matches("-?\\d{1,19}")) {
            return Long.parseLong(text);
        }
        throw ApiError.badRequest("chat not found");
    }

    /** A message id that must be there. */
    static int messageId(JsonNode params, String name) throws ApiError {
        Integer id;
        try {
            id = optInt(params, name);
        } catch (ApiError e) {
            id = null;
        }
        if (id == null || id <= 0) {
            throw ApiError.badRequest("message identifier is not specified");
        }
        return id;
    }

    /** An object or array parameter, parsing it when it arrived as JSON text. */
    static JsonNode json(ObjectMapper mapper, JsonNode params, String name) throws ApiError {
        JsonNode value = params.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            return value;
        }
        try {
            return mapper.readTree(value.asText());
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("can't parse " + name + " JSON object");
        }
    }

    static List<String> optStrings(ObjectMapper mapper, JsonNode params, String name) throws ApiError {
        JsonNode value = json(mapper, params, name);
        if (value == null) {
            return null;
        }
        List<String> strings = new ArrayList<>();
        value.forEach(v -> strings.add(v.asText()));
        return strings;
    }
}
