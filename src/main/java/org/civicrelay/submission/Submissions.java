package org.civicrelay.submission;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicrelay.privacy.Pseudonym;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stored submissions as moderators work with them: the queue, decisions, counts. */
@Service
@Transactional
public class Submissions {

    private static final Set<SubmissionState> UNDECIDED = EnumSet.of(SubmissionState.PENDING);
    private static final Set<SubmissionState> OPEN = EnumSet.of(SubmissionState.PENDING, SubmissionState.MORE_INFO_REQUESTED);

    /** SQL condition: the submission has its final decision (the start of every retention period). */
    static final String DECIDED = "state NOT IN ('PENDING', 'MORE_INFO_REQUESTED') AND triaged_at IS NOT NULL";

    /** SQL: the references of submissions finally decided before {@code ?} (epoch seconds). */
    public static final String REFS_DECIDED_BEFORE = "SELECT ref FROM submission WHERE " + DECIDED + " AND triaged_at < ?";

    private final SubmissionRepository submissions;
    private final SpamBlocks spamBlocks;

    Submissions(SubmissionRepository submissions, SpamBlocks spamBlocks) {
        this.submissions = submissions;
        this.spamBlocks = spamBlocks;
    }

    /** {@code /mysubmissions}: only submissions whose author chose to be reachable can be found. */
    @Transactional(readOnly = true)
    public List<AuthorsSubmission> ofReachableAuthor(Pseudonym author) {
        return submissions.ofReachableAuthor(author);
    }

    /**
     * Cuts every link between an author and their submissions: the sealed reply address and the author's
     * pseudonym go; with {@code alsoText}, the text too. Returns the references concerned (read first, so
     * that other modules can drop what hangs on them, e.g. relay links).
     */
    public List<SubmissionRef> forgetReachableAuthor(Pseudonym author, boolean alsoText) {
        List<SubmissionRef> refs = submissions.ofReachableAuthor(author).stream().map(AuthorsSubmission::ref).toList();
        submissions.forgetReachableAuthor(author, alsoText);
        return refs;
    }

    @Transactional(readOnly = true)
    public Optional<Submission> find(SubmissionRef ref) {
        return submissions.find(ref);
    }

    /**
     * Takes the decision if the submission is still open to it: more information can be asked for once,
     * while nothing was decided; a final decision can follow that question. Marking spam blocks the author
     * until {@code spamBlockUntil}, by the author key that the decision erases from the submission.
     */
    public Settlement decide(SubmissionRef ref, Decision decision, Instant at, Instant spamBlockUntil) {
        Set<SubmissionState> from = decision.isFinal() ? OPEN : UNDECIDED;
        Optional<SubmissionRepository.Settled> settled = submissions.settle(ref, from, decision, at);
        if (settled.isEmpty()) {
            return submissions.find(ref).<Settlement>map(current -> new Settlement.AlreadyDecided(current.state()))
                    .orElseGet(Settlement.Unknown::new);
        }
        if (decision.state() == SubmissionState.SPAM && settled.get().previousAuthorKey() != null) {
            spamBlocks.block(settled.get().previousAuthorKey(), spamBlockUntil);
        }
        return new Settlement.Settled(submissions.find(ref).orElseThrow());
    }

    /** Submissions still waiting for a decision (asked-for information included), oldest first. */
    @Transactional(readOnly = true)
    public List<Submission> awaiting(int offset, int limit) {
        return submissions.awaiting(offset, limit);
    }

    @Transactional(readOnly = true)
    public int countAwaiting() {
        return submissions.countAwaiting();
    }

    /** How many submissions are in each state, every state listed. */
    @Transactional(readOnly = true)
    public Map<SubmissionState, Integer> countByState() {
        Map<SubmissionState, Integer> counts = new EnumMap<>(SubmissionState.class);
        for (SubmissionState state : SubmissionState.values()) {
            counts.put(state, 0);
        }
        submissions.countBy("state").forEach((state, count) -> counts.put(SubmissionState.valueOf(state), count));
        return counts;
    }

    /** How many submissions each working group (by id) received; groups without any are absent. */
    @Transactional(readOnly = true)
    public Map<String, Integer> countByTopic() {
        return submissions.countBy("topic");
    }
}
