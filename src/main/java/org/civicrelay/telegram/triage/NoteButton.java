package org.civicrelay.telegram.triage;

import java.util.Optional;
import org.civicrelay.moderation.Moderators;
import org.civicrelay.moderation.Note;
import org.civicrelay.moderation.Notes;
import org.civicrelay.moderation.Relay;
import org.civicrelay.moderation.ReplyTarget;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/**
 * The explicit step that sends a note to its author: once (two presses send it once), through the relay
 * (audited as a reply), signed as the moderators. The confirmation then says who sent it.
 */
@Component
class NoteButton extends AbstractButtonHandler<NotePress> {

    private final Notes notes;
    private final Relay relay;
    private final Moderators moderators;
    private final AuthorMessages authors;

    NoteButton(Notes notes, Relay relay, Moderators moderators, AuthorMessages authors) {
        super(NotePress.PREFIX, NotePress::parse);
        this.notes = notes;
        this.relay = relay;
        this.moderators = moderators;
        this.authors = authors;
    }

    @Override
    public Audience audience() {
        return Audience.MODERATORS;
    }

    @Override
    public void handle(Interaction in, NotePress press) {
        Optional<Note> found = notes.find(press.noteId());
        if (found.isEmpty()) {
            in.answer(in.t("button.stale"));
            return;
        }
        Note note = found.get();
        if (note.sentAt().isPresent()) {
            in.alert(in.t("note.already-sent"));
            return;
        }
        String moderator = moderators.alias(in.userId()).orElseThrow();
        ReplyTarget target = relay.moderatorWrites(note.ref(), moderator, note.text());
        if (target instanceof ReplyTarget.Reachable || target instanceof ReplyTarget.ByReceipt) {
            if (!notes.markSent(note.id())) {
                in.alert(in.t("note.already-sent"));
                return;
            }
            in.answer(in.t("note.sent.toast"));
            if (target instanceof ReplyTarget.Reachable reachable) {
                authors.fromModerators(reachable.suggestion(), note.text());
                in.editPressed(in.t("note.sent", note.ref().value(), Html.escape(moderator)), Keyboard.NONE);
            } else {
                // Kept as the moderators' latest word: the author reads it with /check and their receipt.
                in.editPressed(in.t("note.sent-by-receipt", note.ref().value(), Html.escape(moderator)), Keyboard.NONE);
            }
        } else if (target instanceof ReplyTarget.Anonymous) {
            in.alert(in.t("reply.anonymous", note.ref().value()));
        } else {
            in.answer(in.t("button.stale"));
        }
    }
}
