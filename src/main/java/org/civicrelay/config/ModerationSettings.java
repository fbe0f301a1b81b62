package org.civicrelay.config;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything under {@code moderation:} in bot-config.yml. Aliases are how moderators appear on cards and
 * in the audit trail: never their Telegram names. A moderator without an alias is "moderator N", N being
 * their position in {@code BOT_MODERATORS}.
 */
@Validated
@ConfigurationProperties("moderation")
public record ModerationSettings(
        @NotNull @DefaultValue Map<Long, String> aliases,
        @NotNull @DefaultValue("180d") Duration auditRetention) {

    public ModerationSettings {
        aliases = Map.copyOf(aliases);
        aliases.forEach((id, alias) -> {
            if (alias == null || alias.isBlank() || alias.length() > 32) {
                throw new InvalidSettingException("moderation.aliases." + id, "must be a short name, 1 to 32 characters");
            }
        });
    }

    /** The alias of a moderator, given the ordered moderator ids from the settings. */
    public String aliasOf(long userId, List<Long> moderators) {
        String alias = aliases.get(userId);
        if (alias != null) {
            return alias;
        }
        int position = moderators.indexOf(userId);
        return "moderator " + (position < 0 ? "?" : String.valueOf(position + 1));
    }
}
