package org.civicrelay.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicrelay.telegram.Suggesting.MEDIA;
import static org.civicrelay.telegram.Suggesting.REACHABLE;

import java.util.LinkedHashMap;
import java.util.Map;
import org.civicrelay.fakebotapi.FakeUser;
import org.civicrelay.telegram.InProcessBot;
import org.civicrelay.telegram.InProcessBotTest;
import org.civicrelay.telegram.Suggesting;
import org.civicrelay.telegram.outbox.DeletableMessages;
import org.civicrelay.telegram.outbox.Lane;
import org.civicrelay.telegram.outbox.Outbound;
import org.civicrelay.telegram.outbox.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ChatGone} across the modules, in the bot's real context: follow, suggestion, moderation and the
 * Telegram adapter each erase what they kept to write to the chat that is gone, and nothing of anyone else's.
 */
@InProcessBotTest
class ChatGoneTest {

    @Autowired
    InProcessBot bot;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Identities identities;

    @Autowired
    Outbox outbox;

    @Autowired
    DeletableMessages deletableMessages;

    @Test
    void every_module_erases_what_it_kept_for_a_chat_that_is_gone_and_only_that() {
        // A moderator who also suggests and follows has something in every module's tables.
        FakeUser gone = bot.secondModerator();
        FakeUser other = bot.newUser();
        String goneRef = haveAConversation(gone);
        String otherRef = haveAConversation(other);
        transactions.executeWithoutResult(status ->
                outbox.enqueue(gone.id(), false, Lane.BULK, Outbound.send("Waiting to be sent.", null, false)));
        assertThat(kept(gone, goneRef).values())
                .as("before: something in every table")
                .containsOnly(1);

        transactions.executeWithoutResult(status -> events.publishEvent(new ChatGone(identities.pseudonym(gone.id()))));

        assertThat(kept(gone, goneRef))
                .isEqualTo(Map.of(
                        "follows (follow)", 0,
                        "unfinished suggestion (suggestion)", 0,
                        "reply address of the suggestion (moderation)", 0,
                        "relay links (moderation)", 0,
                        "messages waiting to be sent (adapter)", 0,
                        "moderator presence (adapter)", 0,
                        "deletable messages (adapter)", 0,
                        "the suggestion itself, which moderators may still act on", 1));
        assertThat(kept(other, otherRef))
                .as("someone else's")
                .isEqualTo(Map.of(
                        "follows (follow)", 1,
                        "unfinished suggestion (suggestion)", 1,
                        "reply address of the suggestion (moderation)", 1,
                        "relay links (moderation)", 1,
                        "messages waiting to be sent (adapter)", 0,
                        "moderator presence (adapter)", 0,
                        "deletable messages (adapter)", 1,
                        "the suggestion itself, which moderators may still act on", 1));
    }

    /** /start, a follow, a reachable suggestion the moderators reply to, and a new suggestion left unfinished. */
    private String haveAConversation(FakeUser person) {
        person.send("/start");
        person.send("/subscribe R3");
        String ref = Suggesting.submit(person, MEDIA, "A suggestion the moderators answer.", REACHABLE);
        bot.moderatorsChat().memberSends(bot.firstModerator(), "/reply " + ref + " Tell us more?");
        person.replyTo(person.messageContaining("Tell us more?"), "Here is more.");
        person.send("/suggest");
        return ref;
    }

    /** What the database keeps for this person, as counts (at most 1: whether there is any). */
    private Map<String, Integer> kept(FakeUser person, String ref) {
        String chat = identities.pseudonym(person.id()).value();
        Map<String, Integer> kept = new LinkedHashMap<>();
        kept.put("follows (follow)", any("SELECT count(*) FROM follow WHERE chat_key = ?", chat));
        kept.put(
                "unfinished suggestion (suggestion)",
                any("SELECT count(*) FROM suggestion_draft WHERE user_key = ?", chat));
        kept.put(
                "reply address of the suggestion (moderation)",
                any(
                        "SELECT count(*) FROM suggestion WHERE ref = ? AND (reply_to IS NOT NULL OR reply_key IS NOT NULL)",
                        ref));
        kept.put("relay links (moderation)", any("SELECT count(*) FROM relay_message WHERE ref = ?", ref));
        kept.put("messages waiting to be sent (adapter)", any("SELECT count(*) FROM outbox WHERE chat_key = ?", chat));
        kept.put(
                "moderator presence (adapter)",
                any("SELECT count(*) FROM moderator_presence WHERE user_key = ?", chat));
        // Filed under the chat's link of the current epoch, never its pseudonym: asked through the adapter's own API.
        kept.put(
                "deletable messages (adapter)",
                Math.min(
                        1,
                        deletableMessages
                                .deletable(identities.pseudonym(person.id()))
                                .size()));
        kept.put(
                "the suggestion itself, which moderators may still act on",
                any("SELECT count(*) FROM suggestion WHERE ref = ?", ref));
        return kept;
    }

    private int any(String sql, Object parameter) {
        return Math.min(1, bot.count(sql, parameter));
    }
}
