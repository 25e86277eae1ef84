package org.nettwin.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md section 2 as a test: a module's classes use only the modules its row allows. Maven declarations
 * already enforce this at compile time; this catches a declaration added by mistake.
 */
class ModuleBoundariesTest {

    /** module -> modules it may import (itself always allowed). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("sim", Set.of("model")),
            Map.entry("telemetry", Set.of("model")),
            Map.entry("store", Set.of("model")),
            Map.entry("emulator", Set.of("model", "sim", "telemetry")),
            Map.entry("twin", Set.of("model", "sim", "store", "telemetry")),
            Map.entry("ai", Set.of("model", "sim", "store")),
            Map.entry("control", Set.of("model", "sim", "twin", "ai", "store")),
            Map.entry("federation", Set.of("model", "store", "ai")),
            Map.entry("testkit", Set.of("model", "telemetry", "store", "sim")),
            Map.entry("server", Set.of("model", "sim", "telemetry", "store", "emulator", "twin", "ai", "control",
                    "federation")));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.nettwin");
    }

    @Test
    void importsTheModulesThatExist() {
        assertThat(classes.stream().map(c -> c.getPackageName())).anyMatch(p -> p.startsWith("org.nettwin.model"))
                .anyMatch(p -> p.startsWith("org.nettwin.server"));
    }

    @Test
    void everyModuleUsesOnlyTheModulesItMayImport() {
        for (Map.Entry<String, Set<String>> module : ALLOWED.entrySet()) {
            List<String> forbidden = ALLOWED.keySet().stream()
                    .filter(other -> !other.equals(module.getKey()) && !module.getValue().contains(other))
                    .map(other -> "org.nettwin." + other + "..").toList();
            noClasses().that().resideInAPackage("org.nettwin." + module.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .because("DESIGN.md section 2 lets " + module.getKey() + " import only " + module.getValue())
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void noClassIsNamedLikeAHelperOrManager() {
        // Generated gNMI messages keep the specification's names (ModelData...).
        assertThat(classes.stream().filter(c -> !c.getPackageName().endsWith(".gnmi.proto"))
                .map(c -> c.getSimpleName()))
                .noneMatch(n -> n.matches(".*(Impl|Manager|Helper|Util|Utils|Data|Info)"));
    }
}
