package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Validates {@code reply_markup} like the Bot API and extracts the inline buttons. */
final class Keyboards {

    /**
     * A parsed reply markup.
     *
     * @param raw     the markup as sent, or {@code null} for none
     * @param buttons the inline keyboard rows (empty unless {@code inline})
     * @param inline  whether it is an {@code InlineKeyboardMarkup}
     */
    record Markup(JsonNode raw, List<List<Button>> buttons, boolean inline) {

        /** The inline keyboard as it is attached to a message, for "not modified" comparisons. */
        JsonNode inlineRaw() {
            return inline ? raw : null;
        }
    }

    static final Markup NONE = new Markup(null, List.of(), false);

    private static final List<String> BUTTON_ACTIONS = List.of(
            "callback_data",
            "url",
            "login_url",
            "web_app",
            "switch_inline_query",
            "switch_inline_query_current_chat",
            "switch_inline_query_chosen_chat",
            "copy_text",
            "callback_game",
            "pay");

    private static final int MAX_BUTTONS = 100;

    private Keyboards() {}

    /**
     * @param markup     the {@code reply_markup} parameter (object, or JSON text from a form), or null
     * @param inlineOnly whether only an inline keyboard is allowed (edits)
     */
    static Markup parse(JsonNode markup, boolean inlineOnly) throws ApiError {
        if (markup == null || markup.isNull() || markup.isMissingNode()) {
            return NONE;
        }
        if (!markup.isObject()) {
            throw ApiError.badRequest("can't parse reply keyboard markup JSON object");
        }
        if (markup.has("inline_keyboard")) {
            return new Markup(markup.deepCopy(), inlineRows(markup.get("inline_keyboard")), true);
        }
        if (inlineOnly) {
            throw ApiError.badRequest("inline keyboard expected");
        }
        if (markup.has("keyboard")) {
            JsonNode rows = markup.get("keyboard");
            if (!rows.isArray()) {
                throw ApiError.badRequest("can't parse reply keyboard markup JSON object");
            }
            for (JsonNode row : rows) {
                for (JsonNode button : row) {
                    String text = button.isTextual()
                            ? button.asText()
                            : button.path("text").asText("");
                    if (text.isBlank()) {
                        throw ApiError.badRequest("keyboard button text must be non-empty");
                    }
                }
            }
            return new Markup(markup.deepCopy(), List.of(), false);
        }
        if (markup.path("remove_keyboard").asBoolean(false)
                || markup.path("force_reply").asBoolean(false)) {
            return new Markup(markup.deepCopy(), List.of(), false);
        }
        throw ApiError.badRequest("can't parse reply keyboard markup JSON object");
    }

    private static List<List<Button>> inlineRows(JsonNode rows) throws ApiError {
        if (!rows.isArray()) {
            throw ApiError.badRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array");
        }
        List<List<Button>> result = new ArrayList<>();
        int count = 0;
        for (JsonNode row : rows) {
            if (!row.isArray()) {
                throw ApiError.badRequest(
                        "field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array" + " of Arrays");
            }
            List<Button> buttons = new ArrayList<>();
            for (JsonNode button : row) {
                buttons.add(inlineButton(button));
                count++;
            }
            result.add(List.copyOf(buttons));
        }
        if (count > MAX_BUTTONS) {
            throw ApiError.badRequest("reply markup is too long");
        }
        return List.copyOf(result);
    }

    private static Button inlineButton(JsonNode button) throws ApiError {
        String text = button.path("text").asText("");
        if (text.isBlank()) {
            throw ApiError.badRequest("can't parse inline keyboard button: Text must be non-empty");
        }
        long actions = BUTTON_ACTIONS.stream()
                .filter(name -> button.has(name) && !button.get(name).isNull())
                .count();
        if (actions == 0) {
            throw ApiError.badRequest(
                    "can't parse inline keyboard button: Text buttons are unallowed in the inline" + " keyboard");
        }
        String data =
                button.hasNonNull("callback_data") ? button.get("callback_data").asText() : null;
        if (data != null) {
            int bytes = data.getBytes(StandardCharsets.UTF_8).length;
            if (bytes < 1 || bytes > 64) {
                throw ApiError.badRequest("BUTTON_DATA_INVALID");
            }
        }
        String url = button.hasNonNull("url") ? button.get("url").asText() : null;
        if (url != null && !url.matches("(?i)(https?|tg)://\\S+")) {
            throw ApiError.badRequest("BUTTON_URL_INVALID");
        }
        return new Button(text, data, url);
    }
}
