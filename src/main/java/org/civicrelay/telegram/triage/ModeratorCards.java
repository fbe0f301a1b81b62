package org.civicrelay.telegram.triage;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicrelay.moderation.ModeratorThreads;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.SuggestionFlow;
import org.civicrelay.suggestion.SuggestionReceived;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.telegram.outbox.Keyboard;
import org.civicrelay.telegram.outbox.Lane;
import org.civicrelay.telegram.outbox.ModeratorChat;
import org.civicrelay.telegram.outbox.ModeratorPresence;
import org.civicrelay.telegram.outbox.Outbound;
import org.civicrelay.telegram.outbox.Outbox;
import org.civicrelay.telegram.outbox.SentHooks;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where moderators see suggestions: the moderators' chat or, without one, the private chats of the
 * moderators who have started the bot. Posts each new suggestion as a card with triage buttons (queued in
 * the transaction that stored it, so a crash cannot lose it), updates every copy of a card, and posts
 * authors' answers under their card. Nothing here says who the author is, and neither does the moment a
 * card or an answer appears: each leaves after a random delay of up to {@code BOT_CARD_DELAY}.
 */
@Component
class ModeratorCards implements SentHooks.Hook {

    static final String HOOK = "card";
    /** An author's answer posted under a card: replies to it reach the author too. */
    static final String ANSWER_HOOK = "thread";
    /** The request for the question to put to an author: a reply to it is that question. */
    static final String QUESTION_HOOK = "ask";

    private final SuggestionFlow flow;
    private final CardViews views;
    private final ModeratorPresence moderators;
    private final ModeratorThreads threads;
    private final Identities identities;
    private final Outbox outbox;
    private final ModeratorChat moderatorChat;

    ModeratorCards(
            SuggestionFlow flow,
            CardViews views,
            ModeratorPresence moderators,
            ModeratorThreads threads,
            Identities identities,
            Outbox outbox,
            ModeratorChat moderatorChat) {
        this.flow = flow;
        this.views = views;
        this.moderators = moderators;
        this.threads = threads;
        this.identities = identities;
        this.outbox = outbox;
        this.moderatorChat = moderatorChat;
    }

    @EventListener
    void on(SuggestionReceived received) {
        Suggestion suggestion = flow.find(received.ref()).orElseThrow();
        Outbound card = Outbound.send(views.text(suggestion), views.buttons(suggestion), true);
        String tag = SentHooks.tag(HOOK, suggestion.ref().value());
        Duration delay = outbox.cardDelay(); // the card's time must not tell when its author pressed Send
        chats().forEach(chat -> outbox.enqueueHeld(chat, chat < 0, Lane.MODERATION, card, tag, delay));
    }

    /**
     * Replaces the text (and buttons) of every copy of the suggestion's card, wherever it was posted: a
     * card posted before the moderators' group moved to a new id is still in the old one, and a card shown
     * again from /queue (in the group or a moderator's private chat) is one more copy. False if there is none.
     */
    boolean update(SuggestionRef ref, String html, Keyboard keyboard) {
        Set<Long> places = new LinkedHashSet<>(moderatorChat.withEarlierIds());
        places.addAll(moderators.reachableModerators());
        boolean any = false;
        for (long chat : places) {
            for (int messageId : threads.cards(identities.pseudonym(chat), ref)) {
                outbox.enqueue(
                        chat,
                        chat < 0,
                        Lane.MODERATION,
                        Outbound.edit(messageId, html, keyboard == null ? Keyboard.NONE : keyboard));
                any = true;
            }
        }
        return any;
    }

    /** Shows the card again, as a new message with its current buttons, in one chat (where /queue was used). */
    void repost(Suggestion suggestion, String html, long chatId, boolean groupChat) {
        outbox.enqueue(
                chatId,
                groupChat,
                Lane.MODERATION,
                Outbound.send(html, views.buttons(suggestion), true),
                SentHooks.tag(HOOK, suggestion.ref().value()));
    }

    /** Posts the card anew wherever moderators see cards (a reopened suggestion whose card is gone). */
    void post(Suggestion suggestion, String html) {
        Outbound card = Outbound.send(html, views.buttons(suggestion), true);
        String tag = SentHooks.tag(HOOK, suggestion.ref().value());
        chats().forEach(chat -> outbox.enqueue(chat, chat < 0, Lane.MODERATION, card, tag));
    }

    /**
     * Posts an author's answer as a reply to the suggestion's card, wherever moderators see cards. Relayed
     * answers yield, within the chat, to cards and the moderators' work ({@link Lane#RELAY}).
     */
    void postAnswer(SuggestionRef ref, String html) {
        String tag = SentHooks.tag(ANSWER_HOOK, ref.value());
        Duration delay = outbox.cardDelay();
        for (long chat : chats()) {
            Optional<Integer> card = threads.card(identities.pseudonym(chat), ref);
            Outbound answer = card.map(id -> Outbound.sendReplying(html, null, true, id))
                    .orElseGet(() -> Outbound.send(html, null, true));
            outbox.enqueueHeld(chat, chat < 0, Lane.RELAY, answer, tag, delay);
        }
    }

    /**
     * After "Ask for more": asks, under the card in the chat where it was pressed, for the question to put to
     * the author; the reply box opens for the moderators, and a reply to this request is the question.
     */
    void askForQuestion(long chat, Integer card, SuggestionRef ref, String html, String placeholder) {
        outbox.enqueue(
                chat,
                chat < 0,
                Lane.REPLY,
                Outbound.ask(html, placeholder, false, card),
                SentHooks.tag(QUESTION_HOOK, ref.value()));
    }

    /** The moderators' chat, or else each moderator who started the bot (their private chat id is their user id). */
    List<Long> chats() {
        return moderatorChat.current().map(List::of).orElseGet(moderators::reachableModerators);
    }

    @Override
    public String prefix() {
        return HOOK;
    }

    @Override
    public void sent(String ref, Optional<Integer> messageId, Pseudonym chat) {
        if (messageId.isEmpty()) {
            return;
        }
        threads.remember(chat, messageId.get(), new SuggestionRef(ref), true);
    }

    /** Records a request for a question, so that a moderator's reply to it is taken as the question. */
    @Component
    static class QuestionPromptHook implements SentHooks.Hook {

        private final ModeratorThreads threads;

        QuestionPromptHook(ModeratorThreads threads) {
            this.threads = threads;
        }

        @Override
        public String prefix() {
            return QUESTION_HOOK;
        }

        @Override
        public void sent(String ref, Optional<Integer> messageId, Pseudonym chat) {
            messageId.ifPresent(id -> threads.rememberQuestionPrompt(chat, id, new SuggestionRef(ref)));
        }
    }

    /** Records an author's answer in a moderators' chat, so that a reply to it goes to the same author. */
    @Component
    static class AnswerHook implements SentHooks.Hook {

        private final ModeratorThreads threads;

        AnswerHook(ModeratorThreads threads) {
            this.threads = threads;
        }

        @Override
        public String prefix() {
            return ANSWER_HOOK;
        }

        @Override
        public void sent(String ref, Optional<Integer> messageId, Pseudonym chat) {
            if (messageId.isPresent()) {
                threads.remember(chat, messageId.get(), new SuggestionRef(ref), false);
            }
        }
    }
}
