package org.civicrelay.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.civicrelay.config.CatalogueSettings.Recommendation;
import org.civicrelay.config.CatalogueSettings.Status;
import org.civicrelay.config.CatalogueSettings.WorkingGroup;
import org.junit.jupiter.api.Test;

class CatalogueSettingsTest {

    private static final List<Status> STATUSES = List.of(status("proposed"), status("in_progress"));

    @Test
    void a_catalogue_with_unique_ids_is_accepted_and_cannot_be_changed_afterwards() {
        CatalogueSettings catalogue = new CatalogueSettings(
                List.of(group("media", recommendation("R1")), group("grassroots", recommendation("R2"))),
                STATUSES,
                "proposed");

        assertThat(catalogue.workingGroups()).extracting(WorkingGroup::id).containsExactly("media", "grassroots");
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> catalogue.workingGroups().add(group("late")));
    }

    @Test
    void a_duplicate_working_group_id_stops_start_up_naming_the_setting_and_the_id() {
        assertThatExceptionOfType(InvalidSettingException.class)
                .isThrownBy(() -> new CatalogueSettings(
                        List.of(group("media"), group("grassroots"), group("media")), STATUSES, "proposed"))
                .satisfies(
                        e -> assertThat(e.oneLine())
                                .isEqualTo(
                                        "Invalid setting CATALOGUE_WORKING_GROUPS (catalogue.working-groups): duplicate working group id media"));
    }

    @Test
    void duplicate_recommendation_or_status_ids_and_an_unknown_initial_status_are_refused() {
        assertThatExceptionOfType(InvalidSettingException.class)
                .isThrownBy(() -> new CatalogueSettings(
                        List.of(group("media", recommendation("R1")), group("grassroots", recommendation("R1"))),
                        STATUSES,
                        "proposed"))
                .withMessage("duplicate recommendation id R1");
        assertThatExceptionOfType(InvalidSettingException.class)
                .isThrownBy(() -> new CatalogueSettings(
                        List.of(group("media")), List.of(status("proposed"), status("proposed")), "proposed"))
                .satisfies(e -> assertThat(e.setting()).isEqualTo("CATALOGUE_STATUSES (catalogue.statuses)"));
        assertThatExceptionOfType(InvalidSettingException.class)
                .isThrownBy(() -> new CatalogueSettings(List.of(group("media")), STATUSES, "done"))
                .satisfies(
                        e -> assertThat(e.setting()).isEqualTo("CATALOGUE_INITIAL_STATUS (catalogue.initial-status)"));
    }

    private static WorkingGroup group(String id, Recommendation... recommendations) {
        return new WorkingGroup(id, new LocalizedText("Group " + id, null), List.of(recommendations));
    }

    private static Recommendation recommendation(String id) {
        return new Recommendation(id, new LocalizedText("Recommendation " + id, null));
    }

    private static Status status(String id) {
        return new Status(id, new LocalizedText("Status " + id, null));
    }
}
