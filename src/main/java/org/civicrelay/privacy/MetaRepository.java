package org.civicrelay.privacy;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code meta} table: named facts about the database itself, about nobody in it. */
@Repository
class MetaRepository {

    private final JdbcClient jdbc;

    MetaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> find(String name) {
        return jdbc.sql("SELECT value FROM meta WHERE name = :name")
                .param("name", name)
                .query(String.class)
                .optional();
    }

    void insert(String name, String value) {
        jdbc.sql("INSERT INTO meta (name, value) VALUES (:name, :value)")
                .param("name", name)
                .param("value", value)
                .update();
    }
}
