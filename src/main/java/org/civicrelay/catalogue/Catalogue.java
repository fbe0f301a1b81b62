package org.civicrelay.catalogue;

import java.util.List;
import java.util.Optional;
import org.civicrelay.config.CatalogueSettings;
import org.civicrelay.config.CatalogueSettings.WorkingGroup;
import org.springframework.stereotype.Service;

/** Read access to the catalogue from bot-config.yml. */
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
        return settings.workingGroups().stream().filter(group -> group.id().equals(id)).findFirst();
    }
}
