package org.civicrelay.telegram.chat;

import java.util.Optional;
import org.civicrelay.privacy.Pseudonym;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code language_choice} table: a pseudonym and two letters, nothing else. */
@Repository
class LanguageChoiceRepository {

    private final JdbcClient jdbc;

    LanguageChoiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> find(Pseudonym user) {
        return jdbc.sql("SELECT language FROM language_choice WHERE user_key = :user")
                .param("user", user.value())
                .query(String.class)
                .optional();
    }

    void save(Pseudonym user, String language) {
        jdbc.sql("""
                INSERT INTO language_choice (user_key, language) VALUES (:user, :language)
                ON CONFLICT (user_key) DO UPDATE SET language = excluded.language""").param("user", user.value()).param("language", language).update();
    }

    boolean delete(Pseudonym user) {
        return jdbc.sql("DELETE FROM language_choice WHERE user_key = :user")
                        .param("user", user.value())
                        .update()
                > 0;
    }
}
