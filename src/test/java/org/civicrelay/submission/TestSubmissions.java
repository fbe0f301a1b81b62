package org.civicrelay.submission;

import static org.mockito.Mockito.mock;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.config.TestSettings;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.Retention;
import org.civicrelay.privacy.SealedId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The real submission services over a test database, for tests of the modules that use them. */
public final class TestSubmissions {

    private final SuggestionService suggestions;
    private final Submissions submissions;
    private final SpamBlocks spamBlocks;

    private TestSubmissions(SuggestionService suggestions, Submissions submissions, SpamBlocks spamBlocks) {
        this.suggestions = suggestions;
        this.submissions = submissions;
        this.spamBlocks = spamBlocks;
    }

    public static TestSubmissions over(JdbcClient jdbc, Identities identities, Catalogue catalogue, Clock clock) {
        SubmissionRepository repository = new SubmissionRepository(jdbc);
        SpamBlocks spamBlocks = new SpamBlocks(jdbc, identities, clock);
        return new TestSubmissions(new SuggestionService(new DraftRepository(jdbc), repository, spamBlocks, catalogue,
                mock(ApplicationEventPublisher.class), clock, new SecureRandom(), TestSettings.bot().build()),
                new Submissions(repository, spamBlocks), spamBlocks);
    }

    public SuggestionService suggestions() {
        return suggestions;
    }

    public Submissions submissions() {
        return submissions;
    }

    /** Stores a suggestion by {@code author} through the whole flow; reachable if {@code replyTo} is present. */
    public Submission submit(Pseudonym author, String topic, String text, Optional<SealedId> replyTo) {
        suggestions.start(author).orElseThrow(() -> new AssertionError("the author may not submit"));
        suggestions.chooseTopic(author, topic).orElseThrow();
        suggestions.write(author, text);
        suggestions.confirm(author).orElseThrow();
        return suggestions.submit(author, replyTo).orElseThrow();
    }

    /** The purge of expired spam blocks, as the retention job runs it. */
    public Retention spamBlocks() {
        return spamBlocks;
    }
}
