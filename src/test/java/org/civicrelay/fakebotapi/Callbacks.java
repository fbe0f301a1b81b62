package org.civicrelay.fakebotapi;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The callback queries the fake issued, and the rule that each is answered once, within 15 seconds. */
final class Callbacks {

    static final Duration ANSWER_WINDOW = Duration.ofSeconds(15);
    static final int MAX_ANSWER_LENGTH = 200;

    private final Map<String, CallbackPress> presses = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final FakeClock clock;

    Callbacks(FakeClock clock) {
        this.clock = clock;
    }

    synchronized CallbackPress issue(long userId, long chatId, int messageId, String data) {
        String id;
        do {
            id = Long.toUnsignedString(random.nextLong());
        } while (presses.containsKey(id));
        CallbackPress press = new CallbackPress(id, userId, chatId, messageId, data, clock.now(), null, null, false);
        presses.put(id, press);
        return press;
    }

    synchronized void answer(String id, String text, boolean showAlert) throws ApiError {
        if (text != null && text.length() > MAX_ANSWER_LENGTH) {
            throw ApiError.badRequest("MESSAGE_TOO_LONG");
        }
        CallbackPress press = presses.get(id);
        Instant now = clock.now();
        if (press == null || press.answered() || now.isAfter(press.pressedAt().plus(ANSWER_WINDOW))) {
            throw ApiError.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        presses.put(id, press.answer(now, text, showAlert));
    }

    synchronized CallbackPress get(String id) {
        return presses.get(id);
    }

    synchronized List<CallbackPress> all() {
        return List.copyOf(presses.values());
    }

    /** Presses never answered that are at least {@code age} old. */
    synchronized List<CallbackPress> unanswered(Duration age) {
        Instant cutoff = clock.now().minus(age);
        return presses.values().stream()
                .filter(p -> !p.answered() && !p.pressedAt().isAfter(cutoff))
                .toList();
    }
}
