package org.civicrelay.privacy;

import org.civicrelay.config.BeforeDatabase;
import org.civicrelay.config.BotSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The data key: read (or, for a first local run, generated) before the database is opened, so that a key the
 * rules refuse leaves nothing on disk; handed to the rest of the bot only once the database has recognised
 * it as its own.
 */
@Configuration(proxyBeanMethods = false)
class DataKeyConfig {

    /** The key as found; the data source waits for it ({@link BeforeDatabase}). */
    record FoundKey(DataKey key) implements BeforeDatabase {
    }

    @Bean
    FoundKey foundKey(PrivacySettings privacy, BotSettings bot) {
        return new FoundKey(DataKey.from(privacy, bot.dbPath()));
    }

    @Bean
    DataKey dataKey(FoundKey found, KeyFingerprint fingerprint) {
        DataKey key = found.key();
        fingerprint.check(key);
        key.warnIfImplicit();
        return key;
    }
}
