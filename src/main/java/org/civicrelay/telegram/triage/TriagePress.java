package org.civicrelay.telegram.triage;

import java.util.Optional;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.outbox.Button;

/**
 * What a press on a card's triage buttons says: a first step (accept, decline, spam: each asks which, or
 * to confirm), a decision, or back. Which suggestion it is about is not in the data: it is the card the
 * button is on. Written as {@code tri:a}, {@code tri:a:R7}, {@code tri:a:-} (no link), {@code tri:d},
 * {@code tri:d:duplicate}, {@code tri:d:-}, {@code tri:i}, {@code tri:s}, {@code tri:s:yes}, {@code tri:b}, and
 * {@code tri:u} (undo a decision within its undo window).
 */
sealed interface TriagePress {

    String PREFIX = "tri";
    String NONE = "-";

    String encode();

    /** Accept, first step: which recommendation to link, if any. */
    record AskAccept() implements TriagePress {
        public String encode() {
            return "a";
        }
    }

    record Accept(Optional<RecommendationId> linked) implements TriagePress {
        public String encode() {
            return "a:" + linked.map(RecommendationId::value).orElse(NONE);
        }
    }

    /** Decline, first step: which reason, if any. */
    record AskDecline() implements TriagePress {
        public String encode() {
            return "d";
        }
    }

    record Decline(Optional<String> reason) implements TriagePress {
        public Decline {
            reason.filter(id -> !ButtonData.isId(id)).ifPresent(id -> {
                throw new IllegalArgumentException("not a reason id");
            });
        }

        public String encode() {
            return "d:" + reason.orElse(NONE);
        }
    }

    record AskMoreInfo() implements TriagePress {
        public String encode() {
            return "i";
        }
    }

    /** Spam, first step: a mis-tap would block someone for weeks, so it is confirmed. */
    record AskSpam() implements TriagePress {
        public String encode() {
            return "s";
        }
    }

    record ConfirmSpam() implements TriagePress {
        public String encode() {
            return "s:yes";
        }
    }

    /** Back to the card's first-step buttons. */
    record Back() implements TriagePress {
        public String encode() {
            return "b";
        }
    }

    /** Takes the decision back while its message has not reached the author. */
    record Undo() implements TriagePress {
        public String encode() {
            return "u";
        }
    }

    static Button button(String label, TriagePress press) {
        return ButtonData.button(label, PREFIX, press.encode());
    }

    static Optional<TriagePress> parse(String data) {
        int colon = data.indexOf(':');
        String step = colon < 0 ? data : data.substring(0, colon);
        if (colon < 0) {
            return switch (step) {
                case "a" -> Optional.of(new AskAccept());
                case "d" -> Optional.of(new AskDecline());
                case "i" -> Optional.of(new AskMoreInfo());
                case "s" -> Optional.of(new AskSpam());
                case "b" -> Optional.of(new Back());
                case "u" -> Optional.of(new Undo());
                default -> Optional.empty();
            };
        }
        String choice = data.substring(colon + 1);
        return switch (step) {
            case "a" ->
                choice.equals(NONE)
                        ? Optional.of(new Accept(Optional.empty()))
                        : RecommendationId.parse(choice).map(id -> new Accept(Optional.of(id)));
            case "d" ->
                choice.equals(NONE)
                        ? Optional.of(new Decline(Optional.empty()))
                        : ButtonData.id(choice).map(id -> new Decline(Optional.of(id)));
            case "s" -> choice.equals("yes") ? Optional.of(new ConfirmSpam()) : Optional.empty();
            default -> Optional.empty();
        };
    }
}
