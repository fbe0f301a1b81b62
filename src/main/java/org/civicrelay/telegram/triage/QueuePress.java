package org.civicrelay.telegram.triage;

import java.util.Optional;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.outbox.Button;

/**
 * A press under /queue: another page ({@code queue:2}, as before) or one entry's card shown again with its
 * triage buttons ({@code queue:c:S-7KQ3X}; a reference moderators see anyway, nothing about anyone).
 */
sealed interface QueuePress {

    String PREFIX = "queue";

    String encode();

    /** The page to show, from 1. */
    record Page(int number) implements QueuePress {
        public String encode() {
            return Integer.toString(number);
        }
    }

    record Card(SuggestionRef ref) implements QueuePress {
        public String encode() {
            return "c:" + ref.value();
        }
    }

    static Button button(String label, QueuePress press) {
        return ButtonData.button(label, PREFIX, press.encode());
    }

    static Optional<QueuePress> parse(String data) {
        if (data.startsWith("c:")) {
            String ref = data.substring(2);
            return SuggestionRef.isValid(ref) ? Optional.of(new Card(new SuggestionRef(ref))) : Optional.empty();
        }
        return ButtonData.page(data).filter(page -> page >= 1).map(Page::new);
    }
}
