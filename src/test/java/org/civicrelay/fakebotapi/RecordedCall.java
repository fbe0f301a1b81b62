package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One request that reached the fake with the right token and a known method.
 *
 * @param method the canonical Bot API name ({@code sendMessage}, not {@code sendmessage})
 * @param params the request parameters as JSON (a copy; form fields arrive as strings)
 * @param at     when it arrived, on the fake's (movable) clock
 */
public record RecordedCall(String method, JsonNode params, Instant at) {

    /** A parameter as text, or {@code null} if absent. */
    public String param(String name) {
        JsonNode value = params.get(name);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }
}
