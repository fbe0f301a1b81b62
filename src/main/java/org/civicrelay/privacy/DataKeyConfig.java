package org.civicrelay.privacy;

import org.civicrelay.config.BotSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data key, handed to the rest of the bot only once the database has recognised it as its own. */
@Configuration(proxyBeanMethods = false)
class DataKeyConfig {

    @Bean
    DataKey dataKey(PrivacySettings privacy, BotSettings bot, KeyFingerprint fingerprint) {
        DataKey key = DataKey.from(privacy, bot.dbPath());
        fingerprint.check(key);
        key.warnIfImplicit();
        return key;
    }
}
