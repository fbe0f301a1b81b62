package org.civicrelay.telegram.bot;

import com.fasterxml.jackson.databind.JsonNode;
import org.civicrelay.telegram.outbox.OutboxSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * At start-up, when {@code BOT_PUBLIC_CHANNEL_ID} is set, asks Telegram whether that chat is a channel in
 * which the bot is an administrator allowed to post and edit (and so to keep the progress board), and says
 * clearly in the log if not: the board otherwise only shows as posts that never appear.
 */
@Component
class PublicChannelCheck {

    private static final Logger log = LoggerFactory.getLogger(PublicChannelCheck.class);
    private static final String SETTING = "BOT_PUBLIC_CHANNEL_ID (bot.public-channel-id)";

    private final Long channel;

    PublicChannelCheck(OutboxSettings settings) {
        this.channel = settings.publicChannelId();
    }

    /** Runs the check with the poller's API; returns false only if Telegram could not be asked. */
    boolean check(RawBotApi api, long botId) {
        if (channel == null) {
            return true;
        }
        RawBotApi.Answer answer = api.call("getChat", api.params().put("chat_id", channel));
        if (answer instanceof RawBotApi.Unreachable) {
            return false;
        }
        if (answer instanceof RawBotApi.Refused refused) {
            log.error(
                    "Invalid setting {}: Telegram answers \"{}\" for this chat: add the bot to the channel as an"
                            + " administrator who may post and edit messages; the progress board waits until then",
                    SETTING,
                    refused.category());
            return true;
        }
        String type = ((RawBotApi.Ok) answer).result().path("type").asText();
        if (!"channel".equals(type)) {
            log.error(
                    "Invalid setting {}: it names a {}, not a channel; no progress board is kept there",
                    SETTING,
                    type.isEmpty() ? "chat of unknown type" : type);
            return true;
        }
        RawBotApi.Answer membership =
                api.call("getChatMember", api.params().put("chat_id", channel).put("user_id", botId));
        if (!(membership instanceof RawBotApi.Ok ok)) {
            return !(membership instanceof RawBotApi.Unreachable);
        }
        JsonNode member = ok.result();
        boolean admin = "administrator".equals(member.path("status").asText())
                || "creator".equals(member.path("status").asText());
        if (!admin
                || !member.path("can_post_messages").asBoolean(false)
                || !member.path("can_edit_messages").asBoolean(false)) {
            log.error(
                    "The bot may not keep the progress board in the channel of {}: make it an administrator with the"
                            + " rights to post and to edit messages (and to pin them); the board waits until then",
                    SETTING);
        } else {
            log.info("Public channel checked: the bot is an administrator there and keeps the progress board");
        }
        return true;
    }
}
