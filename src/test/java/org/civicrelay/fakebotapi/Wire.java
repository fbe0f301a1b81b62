package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Builds the JSON objects of the Bot API (User, Chat, Message, ChatMember...) from the fake's state. */
final class Wire {

    private final ObjectMapper mapper;
    private final long botId;
    private final String botUsername;
    private final String botFirstName;

    Wire(ObjectMapper mapper, long botId, String botUsername, String botFirstName) {
        this.mapper = mapper;
        this.botId = botId;
        this.botUsername = botUsername;
        this.botFirstName = botFirstName;
    }

    ObjectNode object() {
        return mapper.createObjectNode();
    }

    ArrayNode array() {
        return mapper.createArrayNode();
    }

    ObjectNode botUser() {
        return object().put("id", botId)
                .put("is_bot", true)
                .put("first_name", botFirstName)
                .put("username", botUsername);
    }

    ObjectNode user(FakeUser user) {
        ObjectNode node = object().put("id", user.id()).put("is_bot", false).put("first_name", user.firstName());
        putIfPresent(node, "last_name", user.lastName());
        putIfPresent(node, "username", user.username());
        putIfPresent(node, "language_code", user.languageCode());
        return node;
    }

    ObjectNode chat(FakeChat chat) {
        ObjectNode node = object().put("id", chat.id).put("type", chat.type);
        if (chat.isPrivate()) {
            node.put("first_name", chat.user.firstName());
            putIfPresent(node, "last_name", chat.user.lastName());
            putIfPresent(node, "username", chat.user.username());
        } else {
            node.put("title", chat.title);
        }
        return node;
    }

    /** A Message object; {@code reply_to_message} is included one level deep, as the API does. */
    ObjectNode message(FakeChat chat, StoredMessage message) {
        return message(chat, message, true);
    }

    private ObjectNode message(FakeChat chat, StoredMessage message, boolean withReply) {
        ObjectNode node = object().put("message_id", message.messageId);
        if ("channel".equals(chat.type)) {
            node.set("sender_chat", chat(chat)); // a channel post is signed by the channel, whoever wrote it
        } else if (message.fromBot) {
            node.set("from", botUser());
        } else if (message.sender != null) {
            node.set("from", user(message.sender));
        } else {
            node.set("sender_chat", chat(chat));
        }
        node.set("chat", chat(chat));
        node.put("date", message.sentAt.getEpochSecond());
        if (message.editedAt != null) {
            node.put("edit_date", message.editedAt.getEpochSecond());
        }
        if (withReply && message.replyToMessageId != null) {
            StoredMessage replied = chat.message(message.replyToMessageId);
            if (replied != null && !replied.deleted) {
                node.set("reply_to_message", message(chat, replied, false));
            }
        }
        boolean text = "text".equals(message.kind);
        if (message.media != null) {
            node.setAll(message.media.deepCopy());
        }
        if (message.plainText != null) {
            node.put(text ? "text" : "caption", message.plainText);
            if (!message.entities.isEmpty()) {
                node.set(text ? "entities" : "caption_entities", entities(message.entities));
            }
        }
        if (message.protectContent) {
            node.put("has_protected_content", true);
        }
        if (message.markup.inline()) {
            node.set("reply_markup", message.markup.raw().deepCopy());
        }
        return node;
    }

    ArrayNode entities(List<TextEntity> entities) {
        ArrayNode array = array();
        for (TextEntity entity : entities) {
            ObjectNode node = array.addObject()
                    .put("type", entity.type())
                    .put("offset", entity.offset())
                    .put("length", entity.length());
            putIfPresent(node, "url", entity.url());
            putIfPresent(node, "language", entity.language());
            putIfPresent(node, "custom_emoji_id", entity.customEmojiId());
            if (entity.unixTime() != null) {
                node.put("unix_time", entity.unixTime());
            }
        }
        return array;
    }

    /**
     * A ChatMember of the given status; {@code kicked} carries {@code until_date} 0 (forever), {@code restricted}
     * a member who may read but not post.
     */
    ObjectNode member(String status, ObjectNode user) {
        ObjectNode node = object().put("status", status);
        node.set("user", user);
        if ("kicked".equals(status)) {
            node.put("until_date", 0);
        }
        if ("restricted".equals(status)) {
            node.put("is_member", true);
            permissions(node, false);
            node.put("until_date", 0);
        }
        if ("administrator".equals(status)) {
            node.put("can_be_edited", false)
                    .put("is_anonymous", false)
                    .put("can_manage_chat", true)
                    .put("can_delete_messages", true)
                    .put("can_manage_video_chats", false)
                    .put("can_restrict_members", false)
                    .put("can_promote_members", false)
                    .put("can_change_info", false)
                    .put("can_invite_users", true)
                    .put("can_post_stories", false)
                    .put("can_edit_stories", false)
                    .put("can_delete_stories", false);
        }
        return node;
    }

    /** The ChatPermissions fields, all set to {@code allowed}, into {@code node}. */
    ObjectNode permissions(ObjectNode node, boolean allowed) {
        for (String right : new String[] {
            "can_send_messages",
            "can_send_audios",
            "can_send_documents",
            "can_send_photos",
            "can_send_videos",
            "can_send_video_notes",
            "can_send_voice_notes",
            "can_send_polls",
            "can_send_other_messages",
            "can_add_web_page_previews",
            "can_react_to_messages",
            "can_edit_tag",
            "can_change_info",
            "can_invite_users",
            "can_pin_messages",
            "can_manage_topics"
        }) {
            node.put(right, allowed);
        }
        return node;
    }

    ObjectNode chatMemberUpdated(FakeChat chat, ObjectNode from, long date, String oldStatus, String newStatus) {
        ObjectNode node = object();
        node.set("chat", chat(chat));
        node.set("from", from);
        node.put("date", date);
        node.set("old_chat_member", member(oldStatus, botUser()));
        node.set("new_chat_member", member(newStatus, botUser()));
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
