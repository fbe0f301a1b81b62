package org.civicrelay.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.civicrelay.config.ModerationSettings.DeclineReason;
import org.junit.jupiter.api.Test;

class ModerationSettingsTest {

    private static final Duration DAYS_30 = Duration.ofDays(30);

    @Test
    void decline_reasons_are_found_by_id_and_the_old_constructor_keeps_the_defaults() {
        DeclineReason duplicate = new DeclineReason("duplicate", new LocalizedText("Already suggested", null));
        ModerationSettings settings =
                new ModerationSettings(Map.of(), Duration.ofDays(180), List.of(duplicate), DAYS_30, DAYS_30);

        assertThat(settings.declineReason("duplicate")).contains(duplicate);
        assertThat(settings.declineReason("other")).isEmpty();
        ModerationSettings old = new ModerationSettings(Map.of(111L, "anna"), Duration.ofDays(180));
        assertThat(old.spamBlock()).isEqualTo(DAYS_30);
        assertThat(old.relayRetention()).isEqualTo(DAYS_30);
        assertThat(old.aliasOf(111L, List.of(222L, 111L))).isEqualTo("anna");
        assertThat(old.aliasOf(222L, List.of(222L, 111L))).isEqualTo("moderator 1");
    }

    @Test
    void duplicate_or_too_many_reasons_and_non_positive_durations_stop_the_start_naming_the_setting() {
        DeclineReason reason = new DeclineReason("unclear", new LocalizedText("Unclear", null));
        assertThatThrownBy(() -> new ModerationSettings(Map.of(), DAYS_30, List.of(reason, reason), DAYS_30, DAYS_30))
                .isInstanceOfSatisfying(
                        InvalidSettingException.class,
                        e -> assertThat(e.oneLine())
                                .contains("moderation.decline-reasons", "duplicate reason id unclear"));
        assertThatThrownBy(() ->
                        new ModerationSettings(Map.of(), DAYS_30, Collections.nCopies(9, reason), DAYS_30, DAYS_30))
                .isInstanceOfSatisfying(
                        InvalidSettingException.class,
                        e -> assertThat(e.oneLine()).contains("at most 8"));
        assertThatThrownBy(() -> new ModerationSettings(Map.of(), DAYS_30, List.of(), Duration.ZERO, DAYS_30))
                .isInstanceOfSatisfying(
                        InvalidSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("moderation.spam-block"));
    }

    @Test
    void the_desks_settings_default_sensibly_and_refuse_what_would_break_it() {
        ModerationSettings defaults = new ModerationSettings(Map.of(), DAYS_30, List.of(), DAYS_30, DAYS_30);
        assertThat(defaults.relayAnswersPerHour()).isEqualTo(5);
        assertThat(defaults.undoWindow()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.digestAt()).isEqualTo(java.time.LocalTime.of(8, 0));

        assertThatThrownBy(() -> new ModerationSettings(
                        Map.of(),
                        DAYS_30,
                        List.of(),
                        DAYS_30,
                        DAYS_30,
                        0,
                        Duration.ofSeconds(60),
                        java.time.LocalTime.NOON))
                .isInstanceOfSatisfying(
                        InvalidSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("moderation.relay-answers-per-hour"));
        assertThatThrownBy(() -> new ModerationSettings(
                        Map.of(),
                        DAYS_30,
                        List.of(),
                        DAYS_30,
                        DAYS_30,
                        5,
                        Duration.ofMinutes(11),
                        java.time.LocalTime.NOON))
                .isInstanceOfSatisfying(
                        InvalidSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("moderation.undo-window"));
        assertThat(new ModerationSettings(
                                Map.of(),
                                DAYS_30,
                                List.of(),
                                DAYS_30,
                                DAYS_30,
                                5,
                                Duration.ZERO,
                                java.time.LocalTime.NOON)
                        .undoWindow())
                .as("0s: no undo, outcomes go at once")
                .isZero();
    }
}
