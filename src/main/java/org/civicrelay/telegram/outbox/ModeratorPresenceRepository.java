package org.civicrelay.telegram.outbox;

import java.util.List;
import org.civicrelay.privacy.Pseudonym;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code moderator_presence} table: pseudonyms of the moderators who have started the bot. */
@Repository
class ModeratorPresenceRepository {

    private final JdbcClient jdbc;

    ModeratorPresenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Pseudonym user) {
        jdbc.sql("INSERT INTO moderator_presence (user_key) VALUES (:user) ON CONFLICT DO NOTHING")
                .param("user", user.value())
                .update();
    }

    void delete(Pseudonym user) {
        jdbc.sql("DELETE FROM moderator_presence WHERE user_key = :user")
                .param("user", user.value())
                .update();
    }

    List<String> all() {
        return jdbc.sql("SELECT user_key FROM moderator_presence")
                .query(String.class)
                .list();
    }
}
