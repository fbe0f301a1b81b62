package org.civicrelay.catalogue;

import java.util.List;
import org.civicrelay.config.CatalogueSettings;
import org.civicrelay.config.CatalogueSettings.Status;
import org.civicrelay.config.CatalogueSettings.WorkingGroup;
import org.civicrelay.config.LocalizedText;

/** A real {@link Catalogue} over a small catalogue, for tests outside this package. */
public final class TestCatalogue {

    private TestCatalogue() {}

    /** A real {@link Catalogue} over these settings. */
    public static Catalogue of(CatalogueSettings settings) {
        return new Catalogue(settings);
    }

    /** Working groups "media" and "grassroots", and the single status "proposed". */
    public static Catalogue twoWorkingGroups() {
        return new Catalogue(new CatalogueSettings(
                List.of(
                        new WorkingGroup("media", new LocalizedText("Free media", "Свободные СМИ"), List.of()),
                        new WorkingGroup("grassroots", new LocalizedText("Grassroots activism", null), List.of())),
                List.of(new Status("proposed", new LocalizedText("Proposed", "Предложено"))),
                "proposed"));
    }
}
