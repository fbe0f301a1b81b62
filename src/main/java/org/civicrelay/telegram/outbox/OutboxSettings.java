package org.civicrelay.telegram.outbox;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Positive;
import org.civicrelay.config.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The outbox's part of {@code bot:}: how fast it may send overall ({@code BOT_SEND_RATE}) and where the
 * moderators' cards go ({@code BOT_MODERATOR_CHAT_ID}; unset, they go privately to each moderator). Public
 * only so that the settings test can bind it as start-up does.
 */
@Validated
@ConfigurationProperties("bot")
public record OutboxSettings(
        @Positive(message = "must be a positive number of messages per second") @DefaultValue("25") double sendRate,
        Long moderatorChatId) implements Settings {

    @AssertTrue(message = "must be the negative id of a group chat")
    boolean isModeratorChatId() {
        return moderatorChatId == null || moderatorChatId < 0;
    }
}
