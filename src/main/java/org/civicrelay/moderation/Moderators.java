package org.civicrelay.moderation;

import java.util.Optional;
import org.civicrelay.config.BotSettings;
import org.civicrelay.config.ModerationSettings;
import org.springframework.stereotype.Service;

/** Who may moderate (the user ids in {@code BOT_MODERATORS}) and the alias each one acts under. */
@Service
public class Moderators {

    private final BotSettings bot;
    private final ModerationSettings moderation;

    Moderators(BotSettings bot, ModerationSettings moderation) {
        this.bot = bot;
        this.moderation = moderation;
    }

    public boolean isModerator(long userId) {
        return bot.isModerator(userId);
    }

    /** The alias shown on cards and kept in the audit trail; empty for anyone who is not a moderator. */
    public Optional<String> alias(long userId) {
        return isModerator(userId) ? Optional.of(moderation.aliasOf(userId, bot.moderators())) : Optional.empty();
    }
}
