package org.civicrelay.telegram.outbox;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.civicrelay.config.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The outbox's part of {@code bot:}: how fast it may send overall ({@code BOT_SEND_RATE}), where the
 * moderators' cards go ({@code BOT_MODERATOR_CHAT_ID}; unset, they go privately to each moderator), and the
 * longest random delay of a card or a relayed answer ({@code BOT_CARD_DELAY}, {@code 0s} for none), and the
 * public channel where a progress board is kept ({@code BOT_PUBLIC_CHANNEL_ID}; unset, no board). Public so
 * that the settings test can bind it as start-up does, and features can read where the chats are.
 */
@Validated
@ConfigurationProperties("bot")
public record OutboxSettings(
        @Positive(message = "must be a positive number of messages per second") @DefaultValue("25")
        double sendRate,

        Long moderatorChatId,
        @NotNull @DefaultValue("5m") Duration cardDelay,
        Long publicChannelId)
        implements Settings {

    /** The constructor the settings are bound with (the record has others, for tests). */
    @ConstructorBinding
    public OutboxSettings {}

    /** The settings as before the card delay and the board existed (tests): no delay, no board. */
    public OutboxSettings(double sendRate, Long moderatorChatId) {
        this(sendRate, moderatorChatId, Duration.ZERO, null);
    }

    @AssertTrue(message = "must be a duration from 0s (no delay) to 1h, e.g. 5m")
    boolean isCardDelay() {
        return cardDelay == null || !cardDelay.isNegative() && cardDelay.compareTo(Duration.ofHours(1)) <= 0;
    }

    @AssertTrue(message = "must be the negative id of a group chat")
    boolean isModeratorChatId() {
        return moderatorChatId == null || moderatorChatId < 0;
    }

    @AssertTrue(message = "must be the id of a channel (-100 followed by digits), different from the moderators' chat")
    boolean isPublicChannelId() {
        return publicChannelId == null
                || publicChannelId < -1_000_000_000_000L && !publicChannelId.equals(moderatorChatId);
    }
}
