package org.opendoors.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The features of {@code src/main/java} and the order they depend on each other in (the README's layout section
 * draws it). Bottom to top:
 * <ol>
 *     <li>{@code i18n} — the portal's languages, UI messages, ICU formats;</li>
 *     <li>{@code content} — the kernel: bounded YAML, the text markup, problems with file/line/field, the content
 *     guard, the {@code ContentFormat} every feature reads its files through, the city snapshot;</li>
 *     <li>{@code platform} — the database, start-up checks, the family web toolkit (routes, queries, links);</li>
 *     <li>{@code security} — staff, roles, sign-in, audit;</li>
 *     <li>{@code backup} — backups of the embedded database for admins;</li>
 *     <li>{@code editorial} — content files and their versions, draft → review → publish, the one save path every
 *     editor uses, the published and preview cities; it knows no feature, so each feature's editor can use it;</li>
 *     <li>{@code city}, then {@code map}, then {@code school}, then {@code guide} and {@code targeting} — each owns
 *     its content files, domain, family pages and back-office editors;</li>
 *     <li>{@code translation} — UI bundles, XLIFF, translation status;</li>
 *     <li>{@code home}, {@code web}, {@code portal}, {@code cli} — what assembles the features: the home page,
 *     the family routing filter and page cache, the start-up, the command line.</li>
 * </ol>
 */
class FeatureLayersTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        // The compiled main classes only: scanning the whole class path for the package takes ten times longer.
        classes = new ClassFileImporter().importPath(Path.of("target/classes"));
    }

    @Test
    void readsTheWholePortal() {
        // A rule over no classes passes whatever the code does: make sure the import found the portal.
        assertTrue(classes.size() > 250, classes.size() + " classes imported");
    }

    @Test
    void noFeatureDependsOnAnotherInALoop() {
        EvaluationResult result = slices().matching("org.opendoors.(*)..").should().beFreeOfCycles()
                .evaluate(classes);
        assertFalse(result.hasViolation(), () -> String.join("\n", result.getFailureReport().getDetails()));
    }

    @Test
    void dependenciesPointDownTheLayers() {
        EvaluationResult result = layers().evaluate(classes);
        assertFalse(result.hasViolation(), () -> String.join("\n", result.getFailureReport().getDetails()));
    }

    @Test
    void everyFeaturePackageHasItsLayer() {
        // A new feature package must be placed in the order above, or the layer rule would not see it.
        var unplaced = classes.stream().map(type -> type.getPackageName().split("\\.")).filter(parts -> parts.length > 2)
                .map(parts -> parts[2]).distinct().filter(feature -> !LAYERED.contains(feature)).sorted().toList();
        assertEquals(java.util.List.of(), unplaced);
    }

    private static final java.util.Set<String> LAYERED = java.util.Set.of("i18n", "content", "platform", "security",
            "backup", "editorial", "city", "map", "school", "guide", "targeting", "translation", "inbox", "home", "web", "portal",
            "cli");

    static Architectures.LayeredArchitecture layers() {
        return Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("i18n").definedBy("org.opendoors.i18n..")
                .layer("content").definedBy("org.opendoors.content..")
                .layer("platform").definedBy("org.opendoors.platform..")
                .layer("security").definedBy("org.opendoors.security..")
                .layer("backup").definedBy("org.opendoors.backup..")
                .layer("editorial").definedBy("org.opendoors.editorial..")
                .layer("city").definedBy("org.opendoors.city..")
                .layer("map").definedBy("org.opendoors.map..")
                .layer("school").definedBy("org.opendoors.school..")
                .layer("guide").definedBy("org.opendoors.guide..")
                .layer("targeting").definedBy("org.opendoors.targeting..")
                .layer("translation").definedBy("org.opendoors.translation..")
                .layer("assembly").definedBy("org.opendoors.inbox..", "org.opendoors.home..", "org.opendoors.web..",
                        "org.opendoors.portal..", "org.opendoors.cli..")
                .whereLayer("assembly").mayNotBeAccessedByAnyLayer()
                .whereLayer("backup").mayOnlyBeAccessedByLayers("assembly")
                .whereLayer("translation").mayOnlyBeAccessedByLayers("assembly")
                .whereLayer("guide").mayOnlyBeAccessedByLayers("translation", "assembly")
                .whereLayer("targeting").mayOnlyBeAccessedByLayers("translation", "assembly")
                .whereLayer("school").mayOnlyBeAccessedByLayers("guide", "targeting", "translation", "assembly")
                .whereLayer("map").mayOnlyBeAccessedByLayers("school", "guide", "targeting", "translation", "assembly")
                .whereLayer("city").mayOnlyBeAccessedByLayers("map", "school", "guide", "targeting", "translation",
                        "assembly")
                .whereLayer("editorial").mayOnlyBeAccessedByLayers("city", "map", "school", "guide", "targeting",
                        "translation", "assembly")
                .whereLayer("security").mayOnlyBeAccessedByLayers("backup", "editorial", "city", "map", "school", "guide",
                        "targeting", "translation", "assembly")
                .whereLayer("platform").mayOnlyBeAccessedByLayers("security", "backup", "editorial", "city", "map", "school",
                        "guide", "targeting", "translation", "assembly")
                .whereLayer("content").mayOnlyBeAccessedByLayers("platform", "security", "backup", "editorial", "city", "map",
                        "school", "guide", "targeting", "translation", "assembly");
    }
}
