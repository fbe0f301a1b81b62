package org.civicrelay.telegram.author;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.civicrelay.privacy.ChatGone;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.suggestion.SuggestionRef;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a /check may do next, in memory only and for {@value #MINUTES} minutes: the buttons under a /check
 * answer carry a random token, not the receipt or anything that would let the press be forged, and the
 * token stands for the suggestion here; after "Answer", the person's next text is the answer. None of it
 * is ever written to the database, so the chat that asked is never linked to the suggestion on disk; a
 * restart ends every session (the person sends /check again), which is the price of that.
 */
@Component
class CheckSessions {

    static final long MINUTES = 30;
    private static final long LIFETIME_NANOS = MINUTES * 60_000_000_000L;
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int TOKEN_LENGTH = 12;

    private record Session(Pseudonym person, SuggestionRef ref, long until) {}

    private final Map<String, Session> byToken = new HashMap<>();
    private final Map<Pseudonym, Session> answering = new HashMap<>();
    private final SecureRandom random = new SecureRandom();

    /** A token for the buttons under one /check answer. */
    synchronized String open(Pseudonym person, SuggestionRef ref, long nowNanos) {
        sweep(nowNanos);
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < TOKEN_LENGTH; i++) {
            token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        byToken.put(token.toString(), new Session(person, ref, nowNanos + LIFETIME_NANOS));
        return token.toString();
    }

    /** The suggestion a token stands for, if it is this person's and still alive. */
    synchronized Optional<SuggestionRef> find(String token, Pseudonym person, long nowNanos) {
        sweep(nowNanos);
        return Optional.ofNullable(byToken.get(token))
                .filter(session -> session.person().equals(person))
                .map(Session::ref);
    }

    /** The person's next text is their answer about {@code ref}. */
    synchronized void expectAnswer(Pseudonym person, SuggestionRef ref, long nowNanos) {
        answering.put(person, new Session(person, ref, nowNanos + LIFETIME_NANOS));
    }

    /** The suggestion the person is answering about, taken (an answer is expected once). */
    synchronized Optional<SuggestionRef> takeAnswer(Pseudonym person, long nowNanos) {
        sweep(nowNanos);
        return Optional.ofNullable(answering.remove(person)).map(Session::ref);
    }

    static boolean isToken(String text) {
        return text.length() == TOKEN_LENGTH && text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    @EventListener
    synchronized void on(ChatGone gone) {
        answering.remove(gone.chat());
        byToken.values().removeIf(session -> session.person().equals(gone.chat()));
    }

    private void sweep(long nowNanos) {
        for (Iterator<Session> it = byToken.values().iterator(); it.hasNext(); ) {
            if (it.next().until() - nowNanos < 0) {
                it.remove();
            }
        }
        answering.values().removeIf(session -> session.until() - nowNanos < 0);
    }
}
