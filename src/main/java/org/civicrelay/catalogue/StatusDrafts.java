package org.civicrelay.catalogue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.civicrelay.privacy.Retention;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guided status changes: a moderator picks the recommendation, then the status, then writes the public note
 * (or none), sees a preview and confirms; only the confirmation changes anything ({@link Recommendations#change}),
 * and with it every follower is notified. Each step is kept in SQLite, so a restart loses no step; drafts
 * nobody finished are purged after a day.
 */
@Service
@Transactional
public class StatusDrafts implements Retention {

    static final Duration KEPT_FOR = Duration.ofDays(1);

    private final StatusDraftRepository drafts;
    private final Recommendations recommendations;
    private final Catalogue catalogue;
    private final Clock clock;

    StatusDrafts(StatusDraftRepository drafts, Recommendations recommendations, Catalogue catalogue, Clock clock) {
        this.drafts = drafts;
        this.recommendations = recommendations;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Starts a draft for a recommendation in the catalogue; empty if there is none with that id (or it is retired). */
    public Optional<StatusDraft> start(RecommendationId id, String chatKey) {
        if (recommendations.current(id).isEmpty()) {
            return Optional.empty();
        }
        return drafts.find(drafts.insert(id, null, null, false, chatKey, clock.instant()));
    }

    /**
     * A draft complete in one go (the one-line /setstatus R7 in_progress note): checked as a change would be,
     * so that the preview never shows what the confirmation would refuse.
     */
    public DraftResult startComplete(RecommendationId id, String status, Optional<String> note, String chatKey) {
        Optional<DraftResult> invalid = check(id, status, note);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        String text = note.map(String::strip).filter(n -> !n.isEmpty()).orElse(null);
        return new DraftResult.Ready(drafts.find(drafts.insert(id, status, text, true, chatKey, clock.instant()))
                .orElseThrow());
    }

    @Transactional(readOnly = true)
    public Optional<StatusDraft> find(long id) {
        return drafts.find(id);
    }

    /** The status is chosen; the bot asks for the note with message {@code promptMessageId} in that chat. */
    public DraftResult chooseStatus(long id, String status, String chatKey, int promptMessageId) {
        Optional<StatusDraft> draft = drafts.find(id);
        if (draft.isEmpty()) {
            return new DraftResult.Gone();
        }
        if (catalogue.status(status).isEmpty()) {
            return new DraftResult.Invalid(new StatusChangeResult.UnknownStatus());
        }
        drafts.chooseStatus(id, status, chatKey, promptMessageId);
        return new DraftResult.Ready(drafts.find(id).orElseThrow());
    }

    /** The public note (empty: none); refused if too long, the draft then still waits for its note. */
    public DraftResult giveNote(long id, Optional<String> note) {
        Optional<StatusDraft> draft = drafts.find(id);
        if (draft.isEmpty() || draft.get().status().isEmpty()) {
            return new DraftResult.Gone();
        }
        Optional<DraftResult> invalid =
                check(draft.get().recommendation(), draft.get().status().get(), note);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        drafts.setNote(id, note.map(String::strip).filter(n -> !n.isEmpty()).orElse(null));
        return new DraftResult.Ready(drafts.find(id).orElseThrow());
    }

    /** The draft whose note was asked for with that message in that chat. */
    @Transactional(readOnly = true)
    public Optional<StatusDraft> byPrompt(String chatKey, int messageId) {
        return drafts.byPrompt(chatKey, messageId);
    }

    /** The newest draft of this chat waiting for its note, if it was started within the last half hour. */
    @Transactional(readOnly = true)
    public Optional<StatusDraft> awaitingNote(String chatKey) {
        return drafts.awaitingNote(chatKey, clock.instant().minus(Duration.ofMinutes(30)));
    }

    /**
     * Applies the draft: the status changes, followers are notified (in this transaction, by the follow
     * module), the draft goes. The caller has checked that the follower count is the one previewed.
     */
    public StatusChangeResult confirm(long id, String moderator) {
        Optional<StatusDraft> draft = drafts.find(id).filter(StatusDraft::complete);
        if (draft.isEmpty()) {
            return new StatusChangeResult.UnknownRecommendation();
        }
        StatusChangeResult result = recommendations.change(new ChangeStatus(
                draft.get().recommendation(),
                draft.get().status().orElseThrow(),
                draft.get().note(),
                moderator));
        if (result instanceof StatusChangeResult.Changed) {
            drafts.delete(id);
        }
        return result;
    }

    /** Drops the draft; nothing was changed. False if it was gone already. */
    public boolean cancel(long id) {
        return drafts.delete(id);
    }

    private Optional<DraftResult> check(RecommendationId id, String status, Optional<String> note) {
        if (recommendations.current(id).isEmpty()) {
            return Optional.of(new DraftResult.Invalid(new StatusChangeResult.UnknownRecommendation()));
        }
        if (catalogue.status(status).isEmpty()) {
            return Optional.of(new DraftResult.Invalid(new StatusChangeResult.UnknownStatus()));
        }
        int length = note.map(String::strip)
                .map(n -> n.codePointCount(0, n.length()))
                .orElse(0);
        if (length > Recommendations.MAX_NOTE_LENGTH) {
            return Optional.of(new DraftResult.Invalid(
                    new StatusChangeResult.NoteTooLong(length, Recommendations.MAX_NOTE_LENGTH)));
        }
        return Optional.empty();
    }

    @Override
    public String what() {
        return "unfinished status changes";
    }

    @Override
    public int purge(Instant now) {
        return drafts.deleteCreatedBefore(now.minus(KEPT_FOR));
    }

    /** A step of a draft: done (the draft as it is now), refused as a change would be, or the draft is gone. */
    public sealed interface DraftResult {

        record Ready(StatusDraft draft) implements DraftResult {}

        record Invalid(StatusChangeResult why) implements DraftResult {}

        record Gone() implements DraftResult {}
    }
}
