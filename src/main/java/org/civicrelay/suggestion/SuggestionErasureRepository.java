package org.civicrelay.suggestion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.civicrelay.privacy.Pseudonym;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a suggestion gives up, and when: its author's links at /forget and when the anonymity window ends, its
 * reply address, text and row at the end of their retention periods, an undecided one in the end too. The
 * same {@code suggestion} table as {@link SuggestionRepository}, whose conditions on state it uses.
 */
@Repository
class SuggestionErasureRepository {

    private final JdbcClient jdbc;

    SuggestionErasureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Erases the author keys among {@code links} (one person's links under every live epoch key), and with
     * {@code alsoText} those suggestions' text: what /forget does for suggestions still awaiting a decision,
     * which are the only ones that keep an author key.
     */
    int eraseAuthorKeys(List<Pseudonym> links, boolean alsoText) {
        if (links.isEmpty()) {
            return 0;
        }
        return jdbc.sql("UPDATE suggestion SET author_key = NULL, receipt_hash = NULL"
                        + (alsoText ? ", body = NULL" : "") + " WHERE author_key IN (:links)")
                .param("links", links.stream().map(Pseudonym::value).toList())
                .update();
    }

    /**
     * Erases the author key of every suggestion sent on or before {@code lastDay}: the day is all a suggestion
     * keeps of its time, so a key goes once the window has passed since the start of its day.
     */
    int eraseAuthorKeysSentOnOrBefore(LocalDate lastDay) {
        return jdbc.sql(
                        "UPDATE suggestion SET author_key = NULL WHERE author_key IS NOT NULL AND created_on <= :lastDay")
                .param("lastDay", lastDay.toString())
                .update();
    }

    /** Erases every author key: at start-up, when the epoch keys they were made under are gone. */
    int eraseAllAuthorKeys() {
        return jdbc.sql("UPDATE suggestion SET author_key = NULL WHERE author_key IS NOT NULL")
                .update();
    }

    /** Erases the reply address (and with it the link to the author) of the author's suggestions. */
    int forgetReachableAuthor(Pseudonym author, boolean alsoText) {
        return jdbc.sql("UPDATE suggestion SET reply_to = NULL, reply_key = NULL, language = NULL"
                        + (alsoText ? ", body = NULL, question = NULL" : "") + " WHERE reply_key = :author")
                .param("author", author.value())
                .update();
    }

    /** Deletes the rows of suggestions decided before {@code cutoff}; their moderators' message links cascade. */
    int deleteDecidedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM suggestion WHERE " + SuggestionRepository.DECIDED + " AND triaged_at < :cutoff")
                .param("cutoff", cutoff.getEpochSecond())
                .update();
    }

    /** Erases the text of suggestions decided before {@code cutoff} (secure_delete overwrites it in the file). */
    int eraseTextsDecidedBefore(Instant cutoff) {
        return jdbc.sql("UPDATE suggestion SET body = NULL, question = NULL WHERE " + SuggestionRepository.DECIDED
                        + " AND triaged_at < :cutoff AND (body IS NOT NULL OR question IS NOT NULL)")
                .param("cutoff", cutoff.getEpochSecond())
                .update();
    }

    /** Erases every way back to the authors of suggestions decided before {@code cutoff}. */
    int eraseAuthorsDecidedBefore(Instant cutoff) {
        return jdbc.sql("UPDATE suggestion SET reply_to = NULL, reply_key = NULL, author_key = NULL, language = NULL,"
                        + " receipt_hash = NULL WHERE " + SuggestionRepository.DECIDED + " AND triaged_at < :cutoff"
                        + " AND (reply_to IS NOT NULL OR reply_key IS NOT NULL OR author_key IS NOT NULL"
                        + " OR language IS NOT NULL OR receipt_hash IS NOT NULL)")
                .param("cutoff", cutoff.getEpochSecond())
                .update();
    }

    /** Deletes suggestions still undecided that were sent before {@code day}; their notes and links cascade. */
    int deleteUndecidedSentBefore(LocalDate day) {
        return jdbc.sql("DELETE FROM suggestion WHERE " + SuggestionRepository.OPEN + " AND created_on < :day")
                .param("day", day.toString())
                .update();
    }
}
