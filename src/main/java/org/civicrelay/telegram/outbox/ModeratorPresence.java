package org.civicrelay.telegram.outbox;

import java.util.List;
import org.civicrelay.config.BotSettings;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.Pseudonym;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which moderators have started the bot, so that, without a moderators' chat, cards can reach them
 * privately (Telegram refuses messages to users who never started the bot). Only pseudonyms are kept.
 */
@Component
public class ModeratorPresence {

    private final BotSettings settings;
    private final Identities identities;
    private final JdbcClient jdbc;

    ModeratorPresence(BotSettings settings, Identities identities, JdbcClient jdbc) {
        this.settings = settings;
        this.identities = identities;
        this.jdbc = jdbc;
    }

    /** A person started the bot in a private chat: remembered (by pseudonym) if they are a moderator. */
    public void started(long userId, Pseudonym user) {
        if (settings.isModerator(userId)) {
            jdbc.sql("INSERT INTO moderator_presence (user_key) VALUES (?) ON CONFLICT DO NOTHING")
                    .param(user.value()).update();
        }
    }

    /** A moderator who blocked the bot (or asked to be forgotten) is no longer reachable privately. */
    public void forget(Pseudonym user) {
        jdbc.sql("DELETE FROM moderator_presence WHERE user_key = ?").param(user.value()).update();
    }

    /** The configured moderators who have started the bot; their private chat id equals their user id. */
    public List<Long> reachableModerators() {
        List<String> present = jdbc.sql("SELECT user_key FROM moderator_presence").query(String.class).list();
        return settings.moderators().stream()
                .filter(id -> present.contains(identities.pseudonym(id).value()))
                .toList();
    }
}
