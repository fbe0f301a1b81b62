package org.civicrelay.telegram.status;

import java.util.Optional;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.outbox.Button;

/**
 * A press in a guided status change: start one for a recommendation ({@code st:o:R7}), choose a status for a
 * draft ({@code st:s:12:in_progress}), no public note ({@code st:n:12}), confirm the preview for the number of
 * followers it showed ({@code st:c:12:340}), or cancel ({@code st:x:12}). The draft number is a row id.
 */
sealed interface StatusPress {

    String PREFIX = "st";

    String encode();

    record Open(RecommendationId recommendation) implements StatusPress {
        public String encode() {
            return "o:" + recommendation.value();
        }
    }

    record Choose(long draft, String status) implements StatusPress {
        public Choose {
            if (!STATUS.matcher(status).matches()) {
                throw new IllegalArgumentException("not a status id");
            }
        }

        public String encode() {
            return "s:" + draft + ":" + status;
        }
    }

    record NoNote(long draft) implements StatusPress {
        public String encode() {
            return "n:" + draft;
        }
    }

    /** Confirms the preview; {@code followers} is the count it announced, so that no other number is notified. */
    record Confirm(long draft, int followers) implements StatusPress {
        public String encode() {
            return "c:" + draft + ":" + followers;
        }
    }

    record Cancel(long draft) implements StatusPress {
        public String encode() {
            return "x:" + draft;
        }
    }

    /** As bot-config.yml allows status ids. */
    java.util.regex.Pattern STATUS = java.util.regex.Pattern.compile("[a-z][a-z_]{0,23}");

    static Button button(String label, StatusPress press) {
        return ButtonData.button(label, PREFIX, press.encode());
    }

    static Optional<StatusPress> parse(String data) {
        String[] parts = data.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            return Optional.empty();
        }
        if (parts[0].equals("o")) {
            return parts.length == 2
                    ? RecommendationId.parse(parts[1])
                            .filter(id -> id.value().equals(parts[1]))
                            .map(Open::new)
                    : Optional.empty();
        }
        Optional<Long> draft = number(parts[1]);
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        return switch (parts[0] + parts.length) {
            case "s3" ->
                STATUS.matcher(parts[2]).matches() ? Optional.of(new Choose(draft.get(), parts[2])) : Optional.empty();
            case "n2" -> Optional.<StatusPress>of(new NoNote(draft.get()));
            case "c3" ->
                number(parts[2]).filter(n -> n <= Integer.MAX_VALUE).map(n ->
                        (StatusPress) new Confirm(draft.get(), n.intValue()));
            case "x2" -> Optional.of(new Cancel(draft.get()));
            default -> Optional.empty();
        };
    }

    private static Optional<Long> number(String text) {
        return text.matches("0|[1-9][0-9]{0,17}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }
}
