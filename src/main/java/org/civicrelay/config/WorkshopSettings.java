package org.civicrelay.config;

import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Who the bot speaks for, from {@code workshop:} in bot-config.yml: the workshop's name and the operator
 * (who runs the bot), both shown in the greeting so that a person can judge whom they write to. Each is a
 * text in several languages, as the catalogue's are; both are optional (the greeting then leaves them out).
 */
@Validated
@ConfigurationProperties("workshop")
public record WorkshopSettings(
        @Valid LocalizedText name, @Valid LocalizedText operator) implements Settings {

    public Optional<LocalizedText> workshopName() {
        return Optional.ofNullable(name).filter(text -> text.en() != null);
    }

    public Optional<LocalizedText> operatorName() {
        return Optional.ofNullable(operator).filter(text -> text.en() != null);
    }
}
