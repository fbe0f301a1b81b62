package org.civicrelay.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recommendations as activists browse them and moderators move them along. Retired recommendations
 * (gone from bot-config.yml) are found by id, so that their followers can still name and drop them, but
 * are neither listed nor changed.
 */
@Service
@Transactional
public class Recommendations {

    /** Long enough for a sentence or two with a link; short enough that a notification stays one message. */
    public static final int MAX_NOTE_LENGTH = 500;

    private final RecommendationRepository repository;
    private final Catalogue catalogue;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Recommendations(
            RecommendationRepository repository, Catalogue catalogue, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Recommendation> find(RecommendationId id) {
        return repository.find(id).map(this::asInFile);
    }

    /**
     * The title in every language and the details, as bot-config.yml has them now; the database keeps only
     * an English and Russian copy of the title, for recommendations that have left the file.
     */
    private Recommendation asInFile(Recommendation stored) {
        return catalogue
                .recommendation(stored.id().value())
                .map(configured -> new Recommendation(
                        stored.id(),
                        stored.workingGroup(),
                        stored.position(),
                        configured.title(),
                        stored.status(),
                        stored.retired(),
                        new Recommendation.Details(
                                Optional.ofNullable(configured.description()),
                                Optional.ofNullable(configured.responsible()),
                                Optional.ofNullable(configured.progress()))))
                .orElse(stored);
    }

    /**
     * These recommendations in catalogue order, retired ones (still followed, say) last; ids the catalogue
     * never had are left out. For modules that keep recommendation ids and need them shown in order.
     */
    @Transactional(readOnly = true)
    public List<Recommendation> inCatalogueOrder(Collection<RecommendationId> ids) {
        return ids.isEmpty()
                ? List.of()
                : repository.inCatalogueOrder(ids).stream().map(this::asInFile).toList();
    }

    /** Listed in the catalogue now: found and not retired. */
    @Transactional(readOnly = true)
    public Optional<Recommendation> current(RecommendationId id) {
        return find(id).filter(recommendation -> !recommendation.retired());
    }

    /** A page of a working group's recommendations in catalogue order; an out-of-range page gives the nearest. */
    @Transactional(readOnly = true)
    public Page<Recommendation> inGroup(String group, int page, int size) {
        int total = repository.countInGroup(group);
        int number = Page.clamp(page, total, size);
        return new Page<>(
                repository.inGroup(group, number * size, size).stream()
                        .map(this::asInFile)
                        .toList(),
                number,
                Page.pageCount(total, size));
    }

    /** The newest {@code limit} entries of the public history, newest first. */
    @Transactional(readOnly = true)
    public List<StatusEntry> history(RecommendationId id, int limit) {
        return repository.history(id, limit);
    }

    /**
     * Moves a recommendation to a status (the same status again records a new note) and publishes
     * {@link StatusChanged}, whose listeners audit it and queue the followers' notifications in this
     * transaction.
     */
    public StatusChangeResult change(ChangeStatus command) {
        Optional<Recommendation> found = current(command.id());
        if (found.isEmpty()) {
            return new StatusChangeResult.UnknownRecommendation();
        }
        if (catalogue.status(command.status()).isEmpty()) {
            return new StatusChangeResult.UnknownStatus();
        }
        int noteLength = command.note()
                .map(note -> note.codePointCount(0, note.length()))
                .orElse(0);
        if (noteLength > MAX_NOTE_LENGTH) {
            return new StatusChangeResult.NoteTooLong(noteLength, MAX_NOTE_LENGTH);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        repository.setStatus(command.id(), command.status());
        repository.addHistory(command.id(), command.status(), command.note().orElse(null), today);
        events.publishEvent(
                new StatusChanged(command.id(), command.status(), command.note(), today, command.moderator()));
        Recommendation changed = found.get();
        return new StatusChangeResult.Changed(
                new Recommendation(
                        changed.id(),
                        changed.workingGroup(),
                        changed.position(),
                        changed.title(),
                        command.status(),
                        false,
                        changed.details()),
                new StatusEntry(today, command.status(), command.note()));
    }
}
