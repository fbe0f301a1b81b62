package org.civicrelay.moderation;

import java.util.List;
import java.util.Optional;
import org.civicrelay.suggestion.SuggestionRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code relay_message} table: one-way links from a message the bot sent an author to its suggestion. */
@Repository
class RelayMessageRepository {

    /** Refs per DELETE: a year of decided suggestions stays well under SQLite's limit on parameters. */
    private final JdbcClient jdbc;

    RelayMessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(String link, SuggestionRef ref) {
        jdbc.sql(
                        "INSERT INTO relay_message (link, ref) VALUES (:link, :ref) ON CONFLICT (link) DO UPDATE SET ref = excluded.ref")
                .param("link", link)
                .param("ref", ref.value())
                .update();
    }

    Optional<SuggestionRef> find(String link) {
        return jdbc.sql("SELECT ref FROM relay_message WHERE link = :link")
                .param("link", link)
                .query((rs, row) -> new SuggestionRef(rs.getString("ref")))
                .optional();
    }

    /** Deletes the links of these suggestions; returns how many went. */
    int deleteFor(List<SuggestionRef> refs) {
        return SuggestionRef.inSlices(
                refs,
                slice -> jdbc.sql("DELETE FROM relay_message WHERE ref IN (:refs)")
                        .param("refs", slice)
                        .update());
    }
}
