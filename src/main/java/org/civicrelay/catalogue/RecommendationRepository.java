package org.civicrelay.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.civicrelay.config.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code recommendation} and {@code status_change} tables: the catalogue as the bot runs it. */
@Repository
class RecommendationRepository {

    private static final String COLUMNS = "id, working_group, position, title_en, title_ru, status, retired";

    private final JdbcClient jdbc;

    RecommendationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Recommendation> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM recommendation ORDER BY position")
                .query(RecommendationRepository::map)
                .list();
    }

    Optional<Recommendation> find(RecommendationId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM recommendation WHERE id = :id")
                .param("id", id.value())
                .query(RecommendationRepository::map)
                .optional();
    }

    /** Retired ones last, each part by position in bot-config.yml; {@code ids} not empty. */
    List<Recommendation> inCatalogueOrder(Collection<RecommendationId> ids) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM recommendation WHERE id IN (:ids) ORDER BY retired, position")
                .param("ids", ids.stream().map(RecommendationId::value).toList())
                .query(RecommendationRepository::map)
                .list();
    }

    int countInGroup(String group) {
        return jdbc.sql("SELECT count(*) FROM recommendation WHERE working_group = :group AND retired = 0")
                .param("group", group)
                .query(Integer.class)
                .single();
    }

    List<Recommendation> inGroup(String group, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM recommendation WHERE working_group = :group AND retired = 0 "
                        + "ORDER BY position LIMIT :limit OFFSET :offset")
                .param("group", group)
                .param("limit", limit)
                .param("offset", offset)
                .query(RecommendationRepository::map)
                .list();
    }

    /** Adds a new recommendation or refreshes one from the file; its status is never touched here. */
    void upsert(RecommendationId id, String group, int position, LocalizedText title, String initialStatus) {
        jdbc.sql("""
                INSERT INTO recommendation (id, working_group, position, title_en, title_ru, status, retired)
                VALUES (:id, :group, :position, :titleEn, :titleRu, :status, 0)
                ON CONFLICT (id) DO UPDATE SET working_group = excluded.working_group, position = excluded.position,
                    title_en = excluded.title_en, title_ru = excluded.title_ru, retired = 0""")
                .param("id", id.value())
                .param("group", group)
                .param("position", position)
                .param("titleEn", title.en())
                .param("titleRu", title.exactly("ru"))
                .param("status", initialStatus)
                .update();
    }

    void retire(RecommendationId id) {
        jdbc.sql("UPDATE recommendation SET retired = 1 WHERE id = :id")
                .param("id", id.value())
                .update();
    }

    void setStatus(RecommendationId id, String status) {
        jdbc.sql("UPDATE recommendation SET status = :status WHERE id = :id")
                .param("status", status)
                .param("id", id.value())
                .update();
    }

    void addHistory(RecommendationId id, String status, String note, LocalDate on) {
        jdbc.sql("""
                INSERT INTO status_change (recommendation, status, note, changed_on)
                VALUES (:id, :status, :note, :on)""")
                .param("id", id.value())
                .param("status", status)
                .param("note", note)
                .param("on", on.toString())
                .update();
    }

    /** Newest first. */
    List<StatusEntry> history(RecommendationId id, int limit) {
        return jdbc.sql("""
                SELECT status, note, changed_on FROM status_change WHERE recommendation = :id
                ORDER BY id DESC LIMIT :limit""")
                .param("id", id.value())
                .param("limit", limit)
                .query((rs, n) -> new StatusEntry(
                        LocalDate.parse(rs.getString("changed_on")),
                        rs.getString("status"),
                        Optional.ofNullable(rs.getString("note"))))
                .list();
    }

    private static Recommendation map(ResultSet rs, int row) throws SQLException {
        return new Recommendation(
                new RecommendationId(rs.getString("id")),
                rs.getString("working_group"),
                rs.getInt("position"),
                new LocalizedText(rs.getString("title_en"), rs.getString("title_ru")),
                rs.getString("status"),
                rs.getInt("retired") == 1);
    }
}
