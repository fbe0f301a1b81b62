package org.civicrelay;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules of STYLE.md: only the Telegram adapter knows Telegram exists, operator commands stay
 * out of the bot, and the direct sub-packages of org.civicrelay (the modules) do not depend on each other
 * in a circle.
 */
@AnalyzeClasses(packages = "org.civicrelay", importOptions = ImportOption.DoNotIncludeTests.class)
class ModularityTests {

    private static final String ADAPTER = "org.civicrelay.telegram..";

    @ArchTest
    static final ArchRule only_the_telegram_adapter_uses_the_telegram_library = noClasses()
            .that().resideOutsideOfPackage(ADAPTER)
            .should().dependOnClassesThat().resideInAPackage("org.telegram..")
            .because("only the adapter may know that Telegram exists");

    @ArchTest
    static final ArchRule the_domain_does_not_know_the_telegram_adapter = noClasses()
            .that().resideInAnyPackage("org.civicrelay.suggestion..", "org.civicrelay.catalogue..",
                    "org.civicrelay.privacy..", "org.civicrelay.config..", "org.civicrelay.follow..",
                    "org.civicrelay.moderation..")
            .should().dependOnClassesThat().resideInAPackage(ADAPTER)
            .because("the domain receives plain records and returns plain results; the adapter renders them");

    @ArchTest
    static final ArchRule operator_commands_read_the_settings_and_start_nothing_of_the_bot = noClasses()
            .that().resideInAPackage("org.civicrelay.operations..")
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTER, "org.civicrelay.suggestion..",
                    "org.civicrelay.catalogue..", "org.civicrelay.privacy..", "org.civicrelay.follow..",
                    "org.civicrelay.moderation..")
            .because("a backup runs beside the bot on its live database and must not start any part of it");

    @ArchTest
    static final ArchRule modules_do_not_depend_on_each_other_in_cycles = slices()
            .matching("org.civicrelay.(*)..")
            .should().beFreeOfCycles();
}
