package org.civicrelay.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicrelay.config.CatalogueSettings;
import org.civicrelay.config.CatalogueSettings.Status;
import org.civicrelay.config.CatalogueSettings.WorkingGroup;
import org.springframework.stereotype.Service;

/** Read access to the catalogue from bot-config.yml: working groups and statuses. */
@Service
public class Catalogue {

    private final CatalogueSettings settings;

    Catalogue(CatalogueSettings settings) {
        this.settings = settings;
    }

    public List<WorkingGroup> workingGroups() {
        return settings.workingGroups();
    }

    public Optional<WorkingGroup> workingGroup(String id) {
        return settings.workingGroups().stream()
                .filter(group -> group.id().equals(id))
                .findFirst();
    }

    /** The working group's title; its id if it has left bot-config.yml since (old suggestions). */
    public String workingGroupTitle(String id, Locale locale) {
        return workingGroup(id).map(group -> group.title().in(locale)).orElse(id);
    }

    /** The recommendation as bot-config.yml describes it now; empty once it has left the file. */
    public Optional<CatalogueSettings.Recommendation> recommendation(String id) {
        return settings.workingGroups().stream()
                .flatMap(group -> group.recommendations().stream())
                .filter(recommendation -> recommendation.id().equals(id))
                .findFirst();
    }

    public List<Status> statuses() {
        return settings.statuses();
    }

    public Optional<Status> status(String id) {
        return settings.statuses().stream()
                .filter(status -> status.id().equals(id))
                .findFirst();
    }

    /** The status's label; its id if the status has left bot-config.yml since (old history entries). */
    public String statusLabel(String id, Locale locale) {
        return status(id).map(status -> status.label().in(locale)).orElse(id);
    }

    public String initialStatus() {
        return settings.initialStatus();
    }
}
