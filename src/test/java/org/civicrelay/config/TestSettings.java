package org.civicrelay.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.civicrelay.privacy.PrivacySettings;
import org.civicrelay.suggestion.SuggestionSettings;
import org.civicrelay.telegram.bot.TelegramSettings;
import org.civicrelay.telegram.outbox.OutboxSettings;

/**
 * The settings records under {@code bot:} as the binder produces them from an almost empty bot-config.yml,
 * with the few values a unit test cares about changed: {@link #build()} gives the shared part, and one
 * method per module gives that module's record. The defaults here mirror the {@code @DefaultValue}s.
 */
public final class TestSettings {

    /** Base64 of 32 fixed bytes: a valid BOT_DATA_KEY that is obviously not a real one. */
    public static final String DATA_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private Path dbPath = Path.of("./data/civic-relay.db");
    private String dataKey = DATA_KEY;
    private String defaultLanguage = "en";
    private final List<Long> moderators = new ArrayList<>();
    private Long moderatorChatId;
    private int maxLength = 3000;
    private Duration draftLifetime = Duration.ofHours(24);
    private Duration suggestionText = Duration.ofDays(90);
    private Duration suggestions = Duration.ofDays(365);
    private Duration undecided = Duration.ofDays(60);

    private TestSettings() {}

    public static TestSettings bot() {
        return new TestSettings();
    }

    public TestSettings dbPath(Path path) {
        this.dbPath = path;
        return this;
    }

    /** Null or blank means "BOT_DATA_KEY not set". */
    public TestSettings dataKey(String key) {
        this.dataKey = key;
        return this;
    }

    public TestSettings defaultLanguage(String language) {
        this.defaultLanguage = language;
        return this;
    }

    public TestSettings moderator(long userId) {
        moderators.add(userId);
        return this;
    }

    /** The moderators' group chat id (negative), or null for none. */
    public TestSettings moderatorChat(Long chatId) {
        this.moderatorChatId = chatId;
        return this;
    }

    public TestSettings maxLength(int characters) {
        this.maxLength = characters;
        return this;
    }

    public TestSettings draftLifetime(Duration lifetime) {
        this.draftLifetime = lifetime;
        return this;
    }

    /** How long after the final decision a suggestion keeps its text, and then its row. */
    public TestSettings suggestionRetention(Duration text, Duration row) {
        this.suggestionText = text;
        this.suggestions = row;
        return this;
    }

    /** How old an undecided suggestion may get before it is flagged (and deleted a week later). */
    public TestSettings undecidedRetention(Duration age) {
        this.undecided = age;
        return this;
    }

    /** The part every module shares: database, moderators, default language. */
    public BotSettings build() {
        return new BotSettings(dbPath, List.copyOf(moderators), defaultLanguage);
    }

    public SuggestionSettings suggestion() {
        return new SuggestionSettings(
                new SuggestionSettings.Limits(maxLength, draftLifetime),
                new SuggestionSettings.RetentionPeriods(suggestionText, suggestions, undecided));
    }

    public PrivacySettings privacy() {
        return new PrivacySettings(
                dataKey, new PrivacySettings.RetentionPeriods(Duration.ofDays(2), Duration.ofMinutes(5)));
    }

    public TelegramSettings telegram() {
        return new TelegramSettings(
                "123456:TEST-TOKEN",
                URI.create("https://api.telegram.org"),
                new TelegramSettings.Polling(50, Duration.ofSeconds(60), Duration.ofSeconds(8)),
                new TelegramSettings.HeartbeatSettings(null, null, Duration.ofMinutes(5)));
    }

    public OutboxSettings outbox() {
        return new OutboxSettings(25, moderatorChatId);
    }
}
