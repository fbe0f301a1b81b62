package org.civicrelay.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** The backup command must find the database where the bot keeps it. */
class DatabaseLocationTest {

    @Test
    void BOT_DB_PATH_names_the_database_as_an_absolute_normalised_path() {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        "test-environment", Map.of("BOT_DB_PATH", "/srv/civic/../civic-relay/data/bot.db")));

        assertThat(DatabaseLocation.from(environment)).isEqualTo(Path.of("/srv/civic-relay/data/bot.db"));
    }

    @Test
    void bot_db_path_from_the_settings_file_is_read_relative_to_the_working_folder_as_the_bot_reads_it() {
        MockEnvironment environment = new MockEnvironment().withProperty("bot.db-path", "state/bot.db");

        assertThat(DatabaseLocation.from(environment))
                .isEqualTo(Path.of("state/bot.db").toAbsolutePath());
    }

    @Test
    void without_a_setting_it_is_the_bots_default() {
        assertThat(DatabaseLocation.from(new MockEnvironment()))
                .isEqualTo(Path.of("data", "civic-relay.db").toAbsolutePath())
                .isEqualTo(DatabaseLocation.of(TestSettings.bot().build().dbPath()));
    }
}
