package org.civicrelay.telegram.outbox;

import java.util.List;
import org.civicrelay.config.BotSettings;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.Pseudonym;
import org.springframework.stereotype.Component;

/**
 * Which moderators have started the bot, so that, without a moderators' chat, cards can reach them
 * privately (Telegram refuses messages to users who never started the bot). Only pseudonyms are kept.
 */
@Component
public class ModeratorPresence {

    private final BotSettings settings;
    private final Identities identities;
    private final ModeratorPresenceRepository presence;

    ModeratorPresence(BotSettings settings, Identities identities, ModeratorPresenceRepository presence) {
        this.settings = settings;
        this.identities = identities;
        this.presence = presence;
    }

    /** A person started the bot in a private chat: remembered (by pseudonym) if they are a moderator. */
    public void started(long userId, Pseudonym user) {
        if (settings.isModerator(userId)) {
            presence.insert(user);
        }
    }

    /** A moderator who blocked the bot (or asked to be forgotten) is no longer reachable privately. */
    public void forget(Pseudonym user) {
        presence.delete(user);
    }

    /** The configured moderators who have started the bot; their private chat id equals their user id. */
    public List<Long> reachableModerators() {
        List<String> present = presence.all();
        return settings.moderators().stream()
                .filter(id -> present.contains(identities.pseudonym(id).value()))
                .toList();
    }
}
