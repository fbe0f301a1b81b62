package org.civicrelay.telegram.bot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Reads one update of a getUpdates answer at a time, so that nothing Telegram sends can stop the bot.
 * Telegram adds fields, values and kinds every few months, always before the Java library knows them.
 * Unknown fields, enum values and subtypes are read as absent; a part that still cannot be read (a new
 * shape of an old field) is cut out and the rest read again, unless it is a part the bot needs to know
 * who wrote where, in which case the update is unreadable. An unreadable update keeps its id (so that
 * the offset moves past it) and, from the raw JSON, what is needed to tell its sender it was not read.
 */
final class UpdateReader {

    /** More cuts than this in one update means it is not a newer shape of something known: give up. */
    private static final int MAX_CUTS = 8;

    /**
     * Parts without which an update cannot be handled correctly: cutting them would make a message
     * anonymous or place it in no chat. Paths are field names from the update's kind downwards.
     */
    private static final Set<String> ESSENTIAL = Set.of(
            "",
            "message",
            "message.chat",
            "message.from",
            "message.message_id",
            "message.text",
            "message.reply_to_message",
            "message.reply_to_message.from",
            "message.reply_to_message.message_id",
            "edited_message",
            "edited_message.chat",
            "edited_message.from",
            "callback_query",
            "callback_query.id",
            "callback_query.from",
            "callback_query.data",
            "callback_query.message",
            "callback_query.message.chat",
            "callback_query.message.message_id",
            "my_chat_member",
            "my_chat_member.chat",
            "my_chat_member.from");

    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
            .disable(DeserializationFeature.FAIL_ON_MISSING_EXTERNAL_TYPE_ID_PROPERTY)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();

    /** One element of getUpdates' result, read as well as it can be. */
    sealed interface Incoming permits Readable, Unreadable {
        long updateId();

        /** The update's kind, e.g. {@code message}: the first field beside {@code update_id}. */
        String kind();
    }

    /** An update the library's objects could hold; {@code cuts} counts the parts left out to get there. */
    record Readable(long updateId, String kind, Update update, int cuts) implements Incoming {}

    /**
     * An update that could not be read. What could be recovered from the raw JSON to answer its sender:
     * a private chat (for a message) or a button press's id (for a callback), and the sender's language.
     * None of it is ever logged or stored.
     */
    record Unreadable(
            long updateId,
            String kind,
            Long privateChatId,
            Long callbackChatId,
            String callbackId,
            boolean callbackInPrivateChat,
            String languageCode)
            implements Incoming {}

    ObjectMapper mapper() {
        return mapper;
    }

    /** Every element of a getUpdates result in order; elements without a numeric update_id are dropped. */
    List<Incoming> readAll(JsonNode result) {
        List<Incoming> incoming = new ArrayList<>();
        if (result instanceof ArrayNode array) {
            for (JsonNode element : array) {
                if (element.path("update_id").canConvertToLong()) {
                    incoming.add(read(element));
                }
            }
        }
        return incoming;
    }

    Incoming read(JsonNode raw) {
        long updateId = raw.path("update_id").asLong();
        String kind = kindOf(raw);
        if (!(raw instanceof ObjectNode original)) {
            return unreadable(updateId, kind, raw);
        }
        ObjectNode work = original.deepCopy();
        for (int cuts = 0; cuts <= MAX_CUTS; cuts++) {
            try {
                Update update = mapper.treeToValue(work, Update.class);
                if (update == null || update.getUpdateId() == null) {
                    return unreadable(updateId, kind, raw);
                }
                return new Readable(updateId, kind, update, cuts);
            } catch (JsonMappingException failure) {
                if (!cut(work, failure.getPath())) {
                    return unreadable(updateId, kind, raw);
                }
            } catch (JsonProcessingException | RuntimeException failure) {
                return unreadable(updateId, kind, raw);
            }
        }
        return unreadable(updateId, kind, raw);
    }

    /**
     * Removes the deepest part named by the failure's path that the bot can do without: an element of
     * an array, or a field. Returns false if the failing part is essential or cannot be found.
     */
    private static boolean cut(ObjectNode update, List<JsonMappingException.Reference> path) {
        List<JsonNode> parents = new ArrayList<>();
        List<JsonMappingException.Reference> steps = new ArrayList<>();
        JsonNode node = update;
        for (JsonMappingException.Reference step : path) {
            JsonNode next = step.getFieldName() != null
                    ? node.get(step.getFieldName())
                    : step.getIndex() >= 0 ? node.get(step.getIndex()) : null;
            if (next == null) {
                break; // the failure is inside a value that is not an object or array: cut the value itself
            }
            parents.add(node);
            steps.add(step);
            node = next;
        }
        for (int depth = steps.size() - 1; depth >= 0; depth--) {
            if (ESSENTIAL.contains(dotted(steps.subList(0, depth + 1)))) {
                return false;
            }
            JsonNode parent = parents.get(depth);
            JsonMappingException.Reference step = steps.get(depth);
            if (step.getFieldName() != null && parent instanceof ObjectNode object) {
                if (step.getFieldName().equals("update_id")) {
                    return false;
                }
                object.remove(step.getFieldName());
                return true;
            }
            if (step.getIndex() >= 0 && parent instanceof ArrayNode array) {
                array.remove(step.getIndex());
                return true;
            }
        }
        return false;
    }

    /** "message.forward_origin" for the path update → message → forward_origin; array indexes are skipped. */
    private static String dotted(List<JsonMappingException.Reference> steps) {
        StringBuilder dotted = new StringBuilder();
        for (JsonMappingException.Reference step : steps) {
            if (step.getFieldName() != null) {
                if (dotted.length() > 0) {
                    dotted.append('.');
                }
                dotted.append(step.getFieldName());
            }
        }
        return dotted.toString();
    }

    static String kindOf(JsonNode raw) {
        Iterator<String> names = raw.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("update_id")) {
                return name.length() > 40 || !name.matches("[a-z_]+") ? "unknown" : name;
            }
        }
        return "empty";
    }

    /** What can be recovered to answer the sender of an update that cannot be read. */
    private static Unreadable unreadable(long updateId, String kind, JsonNode raw) {
        JsonNode body = raw.path(kind);
        if (kind.equals("callback_query")) {
            JsonNode chat = body.path("message").path("chat");
            String id = body.path("id").isTextual() ? body.path("id").asText() : null;
            return new Unreadable(
                    updateId,
                    kind,
                    null,
                    chat.path("id").canConvertToLong() ? chat.path("id").asLong() : null,
                    id,
                    "private".equals(chat.path("type").asText()),
                    language(body.path("from")));
        }
        JsonNode chat = body.path("chat");
        // Only private chats have positive ids, so a chat whose type is missing can still be recognised.
        boolean privateChat = "private".equals(chat.path("type").asText())
                || (!chat.has("type") && chat.path("id").asLong() > 0);
        boolean fromPerson = !body.path("from").path("is_bot").asBoolean(false);
        Long chatId = privateChat
                        && fromPerson
                        && chat.path("id").canConvertToLong()
                        && chat.path("id").asLong() > 0
                        && (kind.equals("message") || kind.equals("edited_message"))
                ? chat.path("id").asLong()
                : null;
        return new Unreadable(updateId, kind, chatId, null, null, false, language(body.path("from")));
    }

    private static String language(JsonNode from) {
        return from.path("language_code").isTextual()
                ? from.path("language_code").asText()
                : null;
    }
}
