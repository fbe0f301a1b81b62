package org.civicrelay.telegram.bot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.civicrelay.privacy.ChatGone;
import org.civicrelay.privacy.Identities;
import org.civicrelay.telegram.outbox.Lane;
import org.civicrelay.telegram.outbox.ModeratorChat;
import org.civicrelay.telegram.outbox.Outbound;
import org.civicrelay.telegram.outbox.Outbox;
import org.civicrelay.telegram.outbox.OutboxSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberRestricted;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;

/**
 * Reacts to the bot's own membership changing: a user who blocks the bot is forgotten at once; a group
 * other than the moderators' chat (or a channel other than the progress board's) that adds the bot is left
 * at once, without a word.
 */
@Component
class ChatMembership {

    private static final Set<String> PRESENT = Set.of("member", "administrator", "creator", "restricted");

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ChatMembership.class);

    private final OutboxSettings settings;
    private final ModeratorChat moderatorChat;
    private final Identities identities;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final Set<String> recentlyLeft =
            Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<String, Boolean>(64, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > 1_000;
                }
            }));

    ChatMembership(
            ModeratorChat moderatorChat,
            Identities identities,
            Outbox outbox,
            ApplicationEventPublisher events,
            OutboxSettings settings) {
        this.settings = settings;
        this.moderatorChat = moderatorChat;
        this.identities = identities;
        this.outbox = outbox;
        this.events = events;
    }

    void changed(ChatMemberUpdated update) {
        if (update.getChat() == null || update.getNewChatMember() == null) {
            return;
        }
        long chatId = update.getChat().getId();
        String status = update.getNewChatMember().getStatus();
        if ("private".equals(update.getChat().getType())) {
            if ("kicked".equals(status)) {
                events.publishEvent(new ChatGone(identities.pseudonym(chatId))); // each module erases its part
            }
            return;
        }
        if (isPublicChannel(chatId)) {
            // The progress board's channel: the bot stays; being removed or demoted is logged, the board waits.
            if (!"administrator".equals(status)) {
                log.warn(
                        "The bot is no longer an administrator of the public channel (BOT_PUBLIC_CHANNEL_ID): the"
                                + " progress board cannot be updated until it is made one again, with the right to post and edit");
            }
            return;
        }
        if (moderatorChat.is(chatId)) {
            if (PRESENT.contains(status) && !restrictedFromSending(update)) {
                if (moderatorChat.reachable()) {
                    outbox.wake(chatId);
                }
            } else {
                moderatorChat.refused(
                        PRESENT.contains(status)
                                ? "the bot may no longer send messages there"
                                : "the bot is no longer a member");
            }
        } else if (PRESENT.contains(status)) {
            leave(chatId);
        }
    }

    private boolean isPublicChannel(long chatId) {
        return settings.publicChannelId() != null && settings.publicChannelId() == chatId;
    }

    private static boolean restrictedFromSending(ChatMemberUpdated update) {
        return update.getNewChatMember() instanceof ChatMemberRestricted restricted
                && !Boolean.TRUE.equals(restricted.getCanSendMessages());
    }

    /**
     * Leaves a group or channel without a word, once: the messages that arrive before the bot is out must
     * not each ask again (Telegram answers 403 to a bot that is no longer a member). Remembered in memory
     * only, by pseudonym, for the most recent chats.
     */
    void leave(long chatId) {
        if (moderatorChat.is(chatId) || isPublicChannel(chatId)) {
            return;
        }
        if (recentlyLeft.add(identities.pseudonym(chatId).value())) {
            outbox.enqueue(chatId, true, Lane.REPLY, Outbound.leaveChat());
        }
    }
}
