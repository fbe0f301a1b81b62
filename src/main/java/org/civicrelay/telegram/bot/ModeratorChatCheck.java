package org.civicrelay.telegram.bot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
import org.civicrelay.telegram.outbox.ModeratorChat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * At start-up, asks Telegram whether the bot can post in the moderators' chat and says clearly if not:
 * a wrong id, a bot never added or since removed, or a member without the right to send messages would
 * otherwise only show as cards that never arrive. A group that moved to a supergroup is followed.
 */
@Component
class ModeratorChatCheck {

    private static final Logger log = LoggerFactory.getLogger(ModeratorChatCheck.class);
    private static final Set<String> GONE = Set.of("left", "kicked");

    private final ModeratorChat chat;

    ModeratorChatCheck(ModeratorChat chat) {
        this.chat = chat;
    }

    /** Runs the check with the poller's API; returns false only if Telegram could not be asked. */
    boolean check(RawBotApi api, long botId) {
        Optional<Long> current = chat.current();
        if (current.isEmpty()) {
            log.info("No moderators' chat is set (BOT_MODERATOR_CHAT_ID): cards go privately to each moderator"
                    + " who has started the bot");
            return true;
        }
        for (int moves = 0; moves < 3; moves++) {
            long id = chat.current().orElseThrow();
            RawBotApi.Answer answer = api.call("getChat", api.params().put("chat_id", id));
            if (answer instanceof RawBotApi.Refused refused && refused.migrateTo() != null) {
                chat.moved(id, refused.migrateTo());
                continue;
            }
            return judge(api, id, botId, answer);
        }
        return true;
    }

    private boolean judge(RawBotApi api, long id, long botId, RawBotApi.Answer answer) {
        if (answer instanceof RawBotApi.Unreachable) {
            return false;
        }
        if (answer instanceof RawBotApi.Refused refused) {
            if (refused.status() == 403) {
                chat.refused("403 " + refused.category());
            } else {
                log.error(
                        "Invalid setting BOT_MODERATOR_CHAT_ID (bot.moderator-chat-id): Telegram answers \"{}\" for"
                                + " this chat: add the bot to the moderators' group, then check the id (see the operations"
                                + " guide, \"Finding the group's id\"). Cards wait in the queue until then",
                        refused.category());
            }
            return true;
        }
        JsonNode info = ((RawBotApi.Ok) answer).result();
        String type = info.path("type").asText();
        if (!type.equals("group") && !type.equals("supergroup")) {
            log.error(
                    "Invalid setting BOT_MODERATOR_CHAT_ID (bot.moderator-chat-id): it names a {}, not a group;"
                            + " cards cannot be posted there",
                    type.isEmpty() ? "chat of unknown type" : type);
            return true;
        }
        RawBotApi.Answer membership =
                api.call("getChatMember", api.params().put("chat_id", id).put("user_id", botId));
        if (!(membership instanceof RawBotApi.Ok ok)) {
            return !(membership instanceof RawBotApi.Unreachable);
        }
        String status = ok.result().path("status").asText();
        boolean canSend = switch (status) {
            case "creator", "administrator" -> true;
            case "restricted" -> ok.result().path("can_send_messages").asBoolean(false);
            case "member" -> info.path("permissions").path("can_send_messages").asBoolean(true);
            default -> false;
        };
        if (GONE.contains(status)) {
            chat.refused("the bot is not a member (" + status + ")");
        } else if (!canSend) {
            chat.refused("the bot may not send messages there");
        } else {
            log.info("Moderators' chat checked: the bot is a member and may post there");
        }
        return true;
    }
}
