package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * One request that reached the fake with the right token and a known method.
 *
 * @param method the canonical Bot API name ({@code sendMessage}, not {@code sendmessage})
 * @param params the request parameters as JSON (a copy; form fields arrive as strings)
 * @param at     when it arrived, on the fake's (movable) clock
 * @param files  the files uploaded with {@code multipart/form-data}, by field name (empty otherwise)
 */
public record RecordedCall(String method, JsonNode params, Instant at, Map<String, UploadedFile> files) {

    public RecordedCall {
        files = Map.copyOf(files);
    }

    /** The file uploaded in field {@code name}, or {@code null}. */
    public UploadedFile file(String name) {
        return files.get(name);
    }

    /** A parameter as text, or {@code null} if absent. */
    public String param(String name) {
        JsonNode value = params.get(name);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }
}
