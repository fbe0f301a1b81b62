package org.civicrelay.telegram.follow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.catalogue.Page;
import org.civicrelay.catalogue.Recommendation;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.catalogue.Recommendations;
import org.civicrelay.catalogue.StatusEntry;
import org.civicrelay.config.CatalogueSettings.WorkingGroup;
import org.civicrelay.follow.Followers;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.Texts;
import org.civicrelay.telegram.chat.port.StatusChangeOffer;
import org.civicrelay.telegram.chat.port.SuggestOffer;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/**
 * The catalogue as messages and buttons: working groups, a group's recommendations a page at a time,
 * one recommendation's details with its history. Pages keep every message under Telegram's limits
 * whatever the catalogue's size: at most {@value #GROUPS_PER_PAGE} groups or {@value #PER_PAGE}
 * recommendations (2 buttons each) a page, titles cut to a fixed length, and history cut to what fits.
 * Callback data carries only catalogue ids and page numbers (well under 64 bytes).
 */
@Component
class RecommendationViews {

    static final int GROUPS_PER_PAGE = 8;
    static final int PER_PAGE = 5;
    static final int FOLLOWED_PER_PAGE = 8;
    static final int LIST_TITLE = 200;
    static final int DETAILS_TITLE = 1_000;
    static final int HISTORY_READ = 50;
    /** Telegram's limit is 4096 characters after entity parsing; the HTML is longer than that, so it is a safe bound. */
    static final int MAX_HTML = 4_000;

    private final Catalogue catalogue;
    private final Recommendations recommendations;
    private final Followers followers;
    private final Texts texts;
    private final SuggestOffer suggest;
    private final StatusChangeOffer statusChange;

    RecommendationViews(
            Catalogue catalogue,
            Recommendations recommendations,
            Followers followers,
            Texts texts,
            SuggestOffer suggest,
            StatusChangeOffer statusChange) {
        this.catalogue = catalogue;
        this.recommendations = recommendations;
        this.followers = followers;
        this.texts = texts;
        this.suggest = suggest;
        this.statusChange = statusChange;
    }

    // ---- working groups

    String groupsText(Interaction in) {
        return in.t("recs.groups");
    }

    Keyboard groupsKeyboard(Interaction in, int requestedPage) {
        List<WorkingGroup> groups = catalogue.workingGroups();
        int page = Page.clamp(requestedPage, groups.size(), GROUPS_PER_PAGE);
        List<List<Button>> rows = new ArrayList<>();
        groups.stream()
                .skip((long) page * GROUPS_PER_PAGE)
                .limit(GROUPS_PER_PAGE)
                .forEach(group -> rows.add(List.of(
                        WorkingGroupButton.button(Texts.cut(group.title().in(in.locale()), 60), group.id(), 0))));
        navigation(in, rows, page, Page.pageCount(groups.size(), GROUPS_PER_PAGE), WorkingGroupsButton::button);
        return new Keyboard(rows);
    }

    // ---- one group, a page at a time

    /** A page of the group's recommendations; empty when there is no such group (a stale or forged button). */
    Optional<View> group(Interaction in, String groupId, int requestedPage) {
        Optional<WorkingGroup> found = catalogue.workingGroup(groupId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        WorkingGroup group = found.get();
        Page<Recommendation> page = recommendations.inGroup(groupId, requestedPage, PER_PAGE);
        Set<RecommendationId> followed = followers.followedAmong(
                in.user(), page.items().stream().map(Recommendation::id).toList());
        StringBuilder text = new StringBuilder(in.t(
                "recs.group.title", Html.escape(Texts.cut(group.title().in(in.locale()), LIST_TITLE))));
        if (page.count() > 1) {
            text.append('\n').append(in.t("recs.group.page", page.number() + 1, page.count()));
        }
        if (page.items().isEmpty()) {
            text.append("\n\n").append(in.t("recs.group.empty"));
        }
        List<List<Button>> rows = new ArrayList<>();
        for (Recommendation recommendation : page.items()) {
            String id = recommendation.id().value();
            text.append("\n\n")
                    .append(in.t(
                            "recs.item",
                            id,
                            Html.escape(Texts.cut(recommendation.title().in(in.locale()), LIST_TITLE)),
                            Html.escape(catalogue.statusLabel(recommendation.status(), in.locale()))));
            rows.add(List.of(
                    FollowButton.button(
                            in, recommendation.id(), followed.contains(recommendation.id()), false, page.number()),
                    RecommendationDetailsButton.button(
                            in.t("button.details", id), recommendation.id(), page.number())));
        }
        navigation(in, rows, page.number(), page.count(), (label, p) -> WorkingGroupButton.button(label, groupId, p));
        rows.add(List.of(WorkingGroupsButton.button(in.t("button.working-groups"), 0)));
        return Optional.of(new View(text.toString(), new Keyboard(rows)));
    }

    // ---- one recommendation

    View details(Interaction in, Recommendation recommendation, int backPage) {
        String id = recommendation.id().value();
        String group = catalogue
                .workingGroup(recommendation.workingGroup())
                .map(found -> found.title().in(in.locale()))
                .orElse(recommendation.workingGroup());
        StringBuilder text = new StringBuilder(in.t(
                "recs.details",
                id,
                Html.escape(Texts.cut(recommendation.title().in(in.locale()), DETAILS_TITLE)),
                Html.escape(Texts.cut(group, LIST_TITLE)),
                Html.escape(catalogue.statusLabel(recommendation.status(), in.locale()))));
        Recommendation.Details details = recommendation.details();
        details.progress()
                .ifPresent(percent -> text.append('\n').append(in.t("recs.progress", progressBar(percent), percent)));
        details.responsible()
                .ifPresent(body -> text.append('\n')
                        .append(in.t("recs.responsible", Html.escape(Texts.cut(body.in(in.locale()), LIST_TITLE)))));
        details.description()
                .ifPresent(description -> text.append("\n\n")
                        .append(in.t(
                                "recs.description",
                                Html.escape(Texts.cut(description.in(in.locale()), DETAILS_TITLE)))));
        text.append("\n\n").append(in.t("recs.history"));
        List<StatusEntry> history = recommendations.history(recommendation.id(), HISTORY_READ);
        String omitted = "\n" + in.t("recs.history.omitted");
        int shown = 0;
        for (StatusEntry entry : history) {
            String line = "\n"
                    + in.t(
                            "recs.history.entry",
                            texts.date(in.locale(), entry.on()),
                            Html.escape(catalogue.statusLabel(entry.status(), in.locale())))
                    + entry.note()
                            .map(note -> "\n" + in.t("recs.history.note", Html.escape(note)))
                            .orElse("");
            if (text.length() + line.length() + omitted.length() > MAX_HTML) {
                break;
            }
            text.append(line);
            shown++;
        }
        if (shown < history.size()) {
            text.append(omitted);
        }
        boolean following = !followers
                .followedAmong(in.user(), List.of(recommendation.id()))
                .isEmpty();
        List<List<Button>> rows = new ArrayList<>();
        if (!recommendation.retired()) {
            rows.add(List.of(FollowButton.button(in, recommendation.id(), following, true, backPage)));
            if (catalogue.workingGroup(recommendation.workingGroup()).isPresent()) {
                rows.add(List.of(suggest.offer(in, recommendation.workingGroup())));
            }
            if (in.isModerator()) {
                rows.add(List.of(statusChange.offer(in.locale(), recommendation.id())));
            }
        }
        rows.add(List.of(WorkingGroupButton.button(in.t("button.back"), recommendation.workingGroup(), backPage)));
        return new View(text.toString(), new Keyboard(rows));
    }

    /** Ten blocks, one per tenth done: a percentage that reads at a glance on a phone. */
    static String progressBar(int percent) {
        int full = Math.max(0, Math.min(10, Math.round(percent / 10f)));
        return "\u25B0".repeat(full) + "\u25B1".repeat(10 - full);
    }

    // ---- a follower's list

    /** What the chat follows, {@value #FOLLOWED_PER_PAGE} a page. */
    View followed(Interaction in, List<Recommendation> followed, int requestedPage) {
        int perPage = FOLLOWED_PER_PAGE;
        int page = Page.clamp(requestedPage, followed.size(), perPage);
        int pages = Page.pageCount(followed.size(), perPage);
        List<Recommendation> shown =
                followed.stream().skip((long) page * perPage).limit(perPage).toList();
        String entries = shown.stream()
                .map(recommendation -> recommendation.retired()
                        ? in.t(
                                "subscriptions.retired",
                                recommendation.id().value(),
                                Html.escape(Texts.cut(recommendation.title().in(in.locale()), LIST_TITLE)))
                        : in.t(
                                "subscriptions.entry",
                                recommendation.id().value(),
                                Html.escape(Texts.cut(recommendation.title().in(in.locale()), LIST_TITLE)),
                                Html.escape(catalogue.statusLabel(recommendation.status(), in.locale()))))
                .collect(Collectors.joining("\n\n"));
        List<List<Button>> rows = new ArrayList<>();
        // One Unfollow per recommendation shown, two to a row: Telegram's buttons stay readable on a phone.
        for (int i = 0; i < shown.size(); i += 2) {
            rows.add(shown.subList(i, Math.min(shown.size(), i + 2)).stream()
                    .map(recommendation ->
                            FollowButton.button(in, recommendation.id(), true, FollowButton.FOLLOWED, page))
                    .toList());
        }
        navigation(in, rows, page, pages, FollowingPageButton::button);
        boolean silent = followers.isSilent(in.user());
        rows.add(List.of(SilenceButton.button(
                in.t(silent ? "button.sound-on" : "button.sound-off"), !silent, SilenceButton.Where.FOLLOWED, page)));
        String html = in.t("subscriptions.list", followed.size(), entries)
                + (pages > 1 ? "\n" + in.t("subscriptions.page", page + 1, pages) : "")
                + "\n\n" + in.t(silent ? "subscriptions.silent" : "subscriptions.with-sound");
        return new View(html, new Keyboard(rows));
    }

    /** Previous / Next, each made by {@code button} from its label and the page it leads to. */
    private static void navigation(
            Interaction in, List<List<Button>> rows, int page, int pages, BiFunction<String, Integer, Button> button) {
        List<Button> row = new ArrayList<>();
        if (page > 0) {
            row.add(button.apply(in.t("button.previous"), page - 1));
        }
        if (page + 1 < pages) {
            row.add(button.apply(in.t("button.next"), page + 1));
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
    }

    /** A message's text and buttons. */
    record View(String html, Keyboard keyboard) {}
}
