package org.civicrelay.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The workshop's catalogue from bot-config.yml: working groups (the working groups of suggestions), their
 * recommendations, and the statuses a recommendation can have. Organisers replace the examples.
 */
@Validated
@ConfigurationProperties("catalogue")
public record CatalogueSettings(
        @NotEmpty(message = "must list at least one working group")
        List<@Valid WorkingGroup> workingGroups,

        @NotEmpty(message = "must list at least one status") List<@Valid Status> statuses,
        @NotNull @DefaultValue("proposed") String initialStatus)
        implements Settings {

    public CatalogueSettings {
        workingGroups = workingGroups == null ? List.of() : List.copyOf(workingGroups);
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        requireUnique(
                "catalogue.working-groups",
                "working group id",
                workingGroups.stream().map(WorkingGroup::id).toList());
        requireUnique(
                "catalogue.working-groups",
                "recommendation id",
                workingGroups.stream()
                        .flatMap(group -> group.recommendations().stream())
                        .map(Recommendation::id)
                        .toList());
        requireUnique(
                "catalogue.statuses",
                "status id",
                statuses.stream().map(Status::id).toList());
        if (!statuses.isEmpty()
                && statuses.stream().noneMatch(status -> status.id().equals(initialStatus))) {
            throw new InvalidSettingException(
                    StartupFailure.settingName("catalogue.initial-status"),
                    "unknown status " + initialStatus + "; it must be one of catalogue.statuses");
        }
    }

    private static void requireUnique(String setting, String what, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (id != null && !seen.add(id)) {
                throw new InvalidSettingException(StartupFailure.settingName(setting), "duplicate " + what + " " + id);
            }
        }
    }

    /** A working group of the workshop; its id appears in button data, so it is short. */
    public record WorkingGroup(
            @NotNull
            @Pattern(regexp = "[a-z][a-z0-9-]{0,15}", message = "must be 1-16 lower-case letters, digits or dashes")
            String id,

            @NotNull @Valid LocalizedText title,
            @NotNull @DefaultValue List<@Valid Recommendation> recommendations) {}

    /**
     * A recommendation that came out of a working group: its title and, optionally, what it asks for
     * ({@code description}), who is to act on it ({@code responsible}) and how far it has come ({@code progress},
     * a percentage), all shown in its details.
     */
    public record Recommendation(
            @NotNull @Pattern(regexp = "R[1-9][0-9]{0,5}", message = "must be R followed by a number, e.g. R7")
            String id,

            @NotNull @Valid LocalizedText title,
            @Valid LocalizedText description,
            @Valid LocalizedText responsible,

            @Min(value = 0, message = "must be a percentage, 0 to 100")
            @Max(value = 100, message = "must be a percentage, 0 to 100")
            Integer progress) {

        @ConstructorBinding
        public Recommendation {}

        public Recommendation(String id, LocalizedText title) {
            this(id, title, null, null, null);
        }
    }

    /** A status a recommendation can be in. */
    public record Status(
            @NotNull
            @Pattern(
                    regexp = "[a-z][a-z_]{0,23}",
                    message = "must be lower-case letters and underscores, e.g. in_progress")
            String id,

            @NotNull @Valid LocalizedText label) {}
}
