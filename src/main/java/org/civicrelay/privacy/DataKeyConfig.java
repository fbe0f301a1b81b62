package org.civicrelay.privacy;

import java.util.Optional;
import org.civicrelay.config.BeforeDatabase;
import org.civicrelay.config.BotSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The data key: read and checked before the database is opened, so that a key the rules refuse leaves
 * nothing on disk (a first local run generates one only once the database's folder exists, so that an
 * unusable BOT_DB_PATH is reported as such); handed to the rest of the bot only once the database has
 * recognised it as its own.
 */
@Configuration(proxyBeanMethods = false)
class DataKeyConfig {

    /** The key as found, empty if one must be generated; the data source waits for it ({@link BeforeDatabase}). */
    record FoundKey(Optional<DataKey> key) implements BeforeDatabase {}

    @Bean
    FoundKey foundKey(PrivacySettings privacy, BotSettings bot) {
        return new FoundKey(DataKey.found(privacy, bot.dbPath()));
    }

    @Bean
    DataKey dataKey(FoundKey found, BotSettings bot, KeyFingerprint fingerprint) {
        DataKey key = found.key().orElseGet(() -> DataKey.generatedFor(bot.dbPath()));
        fingerprint.check(key);
        key.warnIfImplicit();
        return key;
    }
}
