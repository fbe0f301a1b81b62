package org.civicrelay;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules of STYLE.md: only the Telegram adapter knows Telegram exists, operator commands stay
 * out of the bot, only repositories run SQL, and the direct sub-packages of org.civicrelay (the modules)
 * do not depend on each other in a circle.
 */
@AnalyzeClasses(packages = "org.civicrelay", importOptions = ImportOption.DoNotIncludeTests.class)
class ModularityTests {

    private static final String ADAPTER = "org.civicrelay.telegram..";
    private static final String[] FEATURES = {
        "org.civicrelay.telegram.suggest..",
        "org.civicrelay.telegram.follow..",
        "org.civicrelay.telegram.triage..",
        "org.civicrelay.telegram.mydata..",
        "org.civicrelay.telegram.author..",
        "org.civicrelay.telegram.board..",
        "org.civicrelay.telegram.status..",
        "org.civicrelay.telegram.report.."
    };

    @ArchTest
    static final ArchRule only_the_platform_part_of_the_adapter_uses_the_telegram_library = noClasses()
            .that()
            .resideOutsideOfPackages("org.civicrelay.telegram.bot..", "org.civicrelay.telegram.outbox..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.telegram..")
            .because("only long polling and the sender may know the Telegram library; features speak chat's API");

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other = slices().matching(
                    "org.civicrelay.telegram.(suggest|follow|triage|mydata|author|board|status|report)..")
            .should()
            .notDependOnEachOther()
            .because("each feature stands alone on chat, the outbox API and the domain; shared needs go through chat");

    @ArchTest
    static final ArchRule features_do_not_reach_into_the_poller = noClasses()
            .that()
            .resideInAnyPackage(FEATURES)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.civicrelay.telegram.bot..")
            .because("features are called by the router; they do not know how updates arrive");

    @ArchTest
    static final ArchRule chat_knows_no_feature_and_no_poller = noClasses()
            .that()
            .resideInAPackage("org.civicrelay.telegram.chat..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES)
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("org.civicrelay.telegram.bot..")
            .because("chat is the shared API below every feature");

    @ArchTest
    static final ArchRule the_outbox_serves_everyone_and_depends_on_no_feature = noClasses()
            .that()
            .resideInAPackage("org.civicrelay.telegram.outbox..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES)
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("org.civicrelay.telegram.bot..", "org.civicrelay.telegram.chat..");

    @ArchTest
    static final ArchRule the_domain_does_not_know_the_telegram_adapter = noClasses()
            .that()
            .resideInAnyPackage(
                    "org.civicrelay.suggestion..",
                    "org.civicrelay.catalogue..",
                    "org.civicrelay.privacy..",
                    "org.civicrelay.config..",
                    "org.civicrelay.follow..",
                    "org.civicrelay.moderation..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ADAPTER)
            .because("the domain receives plain records and returns plain results; the adapter renders them");

    @ArchTest
    static final ArchRule operator_commands_read_the_settings_and_start_nothing_of_the_bot = noClasses()
            .that()
            .resideInAPackage("org.civicrelay.operations..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    ADAPTER,
                    "org.civicrelay.suggestion..",
                    "org.civicrelay.catalogue..",
                    "org.civicrelay.privacy..",
                    "org.civicrelay.follow..",
                    "org.civicrelay.moderation..")
            .because("a backup runs beside the bot on its live database and must not start any part of it");

    @ArchTest
    static final ArchRule only_repositories_run_sql = noClasses()
            .that()
            .haveSimpleNameNotEndingWith("Repository")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework.jdbc.core..")
            .because(
                    "one persistence style: each module's SQL is in its *Repository classes (see SqlStyleTest, TableOwnershipTest)");

    @ArchTest
    static final ArchRule modules_do_not_depend_on_each_other_in_cycles =
            slices().matching("org.civicrelay.(*)..").should().beFreeOfCycles();
}
