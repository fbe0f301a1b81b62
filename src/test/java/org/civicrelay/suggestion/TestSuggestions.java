package org.civicrelay.suggestion;

import static org.mockito.Mockito.mock;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.config.TestSettings;
import org.civicrelay.privacy.ChatAddress;
import org.civicrelay.privacy.EpochKeys;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.Retention;
import org.civicrelay.privacy.TestIdentities;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The real suggestion services over a test database, for tests of the modules that use them. */
public final class TestSuggestions {

    private final SuggestionFlow flow;
    private final Suggestions suggestions;
    private final SpamBlocks spamBlocks;

    private TestSuggestions(SuggestionFlow flow, Suggestions suggestions, SpamBlocks spamBlocks) {
        this.flow = flow;
        this.suggestions = suggestions;
        this.spamBlocks = spamBlocks;
    }

    public static TestSuggestions over(JdbcClient jdbc, Identities identities, Catalogue catalogue, Clock clock) {
        return over(jdbc, identities, TestIdentities.epochKeys(clock), catalogue, clock);
    }

    public static TestSuggestions over(
            JdbcClient jdbc, Identities identities, EpochKeys epochKeys, Catalogue catalogue, Clock clock) {
        SuggestionRepository repository = new SuggestionRepository(jdbc);
        SpamBlocks spamBlocks = new SpamBlocks(new SpamBlockRepository(jdbc), epochKeys, clock);
        return new TestSuggestions(
                new SuggestionFlow(
                        new DraftRepository(jdbc),
                        repository,
                        spamBlocks,
                        identities,
                        catalogue,
                        mock(ApplicationEventPublisher.class),
                        clock,
                        new SecureRandom(),
                        TestSettings.bot().suggestion(),
                        TestIdentities.receiptHashes()),
                new Suggestions(
                        repository,
                        new SuggestionErasureRepository(jdbc),
                        spamBlocks,
                        TestSettings.bot().suggestion(),
                        clock),
                spamBlocks);
    }

    public SuggestionFlow flow() {
        return flow;
    }

    public Suggestions suggestions() {
        return suggestions;
    }

    /** Stores a suggestion by {@code author} through the whole flow; reachable if {@code replyTo} is present. */
    public Suggestion submit(Pseudonym author, String workingGroup, String text, Optional<ChatAddress> replyTo) {
        flow.start(author).orElseThrow(() -> new AssertionError("the author may not submit"));
        flow.chooseWorkingGroup(author, workingGroup).orElseThrow();
        flow.write(author, text);
        return flow.submit(author, replyTo).orElseThrow();
    }

    /** The purge of expired spam blocks, as the retention job runs it. */
    public Retention spamBlocks() {
        return spamBlocks;
    }
}
