package org.civicrelay.telegram.triage;

import java.util.Optional;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.outbox.Button;

/**
 * "Send this note to the author", under the bot's confirmation of a note: {@code mnote:s:42}, the note's
 * number (a row id, which says nothing about anyone).
 */
record NotePress(long noteId) {

    static final String PREFIX = "mnote";

    NotePress {
        if (noteId <= 0) {
            throw new IllegalArgumentException("not a note id");
        }
    }

    String encode() {
        return "s:" + noteId;
    }

    static Button button(String label, long noteId) {
        return ButtonData.button(label, PREFIX, new NotePress(noteId).encode());
    }

    static Optional<NotePress> parse(String data) {
        return ButtonData.parts(data, 2)
                .filter(parts -> parts.get(0).equals("s") && parts.get(1).matches("[1-9][0-9]{0,17}"))
                .map(parts -> new NotePress(Long.parseLong(parts.get(1))));
    }
}
