package org.civicrelay.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/** The example bot-config.yml binds: texts in any languages by code, the workshop's names, a recommendation's details. */
class BotConfigFileTest {

    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    private static Binder binder() throws IOException {
        List<PropertySource<?>> sources =
                new YamlPropertySourceLoader().load("bot-config.yml", new FileSystemResource("bot-config.yml"));
        return new Binder(ConfigurationPropertySources.from(sources));
    }

    @Test
    void catalogue_texts_take_any_language_and_fall_back_to_english() throws IOException {
        CatalogueSettings catalogue =
                binder().bind("catalogue", CatalogueSettings.class).get();

        CatalogueSettings.WorkingGroup media = catalogue.workingGroups().stream()
                .filter(group -> group.id().equals("media"))
                .findFirst()
                .orElseThrow();
        assertThat(media.title().in(UKRAINIAN)).isEqualTo("Вільні медіа та протидія дезінформації");
        assertThat(media.title().in(Locale.forLanguageTag("ru")))
                .isEqualTo("Свободные СМИ и противодействие дезинформации");
        assertThat(media.title().in(Locale.GERMAN)).isEqualTo("Free media and countering disinformation");
        CatalogueSettings.Recommendation r7 = catalogue.workingGroups().stream()
                .flatMap(group -> group.recommendations().stream())
                .filter(r -> r.id().equals("R7"))
                .findFirst()
                .orElseThrow();
        assertThat(r7.description().in(UKRAINIAN)).contains("онлайн");
        assertThat(r7.responsible().en()).isNotBlank();
        assertThat(r7.progress()).isEqualTo(40);
        assertThat(catalogue.statuses())
                .allSatisfy(status -> assertThat(status.label().exactly("uk")).isNotBlank());
    }

    @Test
    void the_workshop_and_its_operator_are_named_in_every_language_and_decline_reasons_too() throws IOException {
        WorkshopSettings workshop =
                binder().bind("workshop", WorkshopSettings.class).get();
        assertThat(workshop.workshopName().orElseThrow().in(UKRAINIAN)).contains("Громадянське суспільство");
        assertThat(workshop.operatorName().orElseThrow().en()).isNotBlank();

        ModerationSettings moderation =
                binder().bind("moderation", ModerationSettings.class).get();
        assertThat(moderation.declineReasons())
                .allSatisfy(reason -> assertThat(reason.label().exactly("uk")).isNotBlank());
    }
}
