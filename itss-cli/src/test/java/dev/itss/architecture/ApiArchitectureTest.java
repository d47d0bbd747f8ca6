package dev.itss.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules that hold across every module (core, rules, test harness, examples, command line; all
 * on this module's class path): what is not API lives in an {@code internal} package, and no
 * public signature of the API exposes it, so an embedder never comes to depend on it.
 */
@AnalyzeClasses(packages = "dev.itss", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiArchitectureTest {
    private static final String INTERNAL = "..internal..";

    /** The API never hands out or asks for an internal type. */
    @ArchTest
    static final ArchRule theApiNeverExposesInternalTypes = classes().that().arePublic().and().resideOutsideOfPackage(INTERNAL)
            .should(new ArchCondition<JavaClass>("expose no type of an internal package in a public or protected signature") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    for (String leak : leaks(type)) {
                        events.add(SimpleConditionEvent.violated(type, leak));
                    }
                }
            });

    /** The internal packages serve the modules; they use no command-line or test-harness code. */
    @ArchTest
    static final ArchRule internalCodeDependsOnNoFrontEnd = noClasses().that().resideInAPackage(INTERNAL)
            .should().dependOnClassesThat().resideInAnyPackage("dev.itss.cli..", "dev.itss.test..");

    @Test
    void theRulesSeeEveryModule() {
        JavaClasses imported = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.itss");
        Set<String> packages = imported.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        assertThat(packages).contains("dev.itss.check", "dev.itss.measure", "dev.itss.internal", "dev.itss.rules", "dev.itss.test",
                "dev.itss.examples", "dev.itss.cli");
        // and the check finds a leak when there is one: a public method of an API class returning an internal type
        JavaClass leaking = new ClassFileImporter().importClass(Leaking.class);
        assertThat(leaks(leaking)).singleElement().asString().contains("mappers()").contains("dev.itss.internal.Mappers");
    }

    /** A stand-in API class with a leak, for the test of the check itself. */
    public static final class Leaking {
        public dev.itss.internal.Mappers mappers() {
            return null;
        }

        private dev.itss.internal.Mappers hidden() {
            return null;
        }
    }

    /** Each public or protected member of the class whose signature names an internal type. */
    static List<String> leaks(JavaClass type) {
        List<String> out = new ArrayList<>();
        for (JavaCodeUnit unit : type.getCodeUnits()) {
            if (!exposed(unit.getModifiers())) {
                continue;
            }
            List<JavaType> signature = new ArrayList<>(unit.getParameterTypes());
            signature.add(unit.getReturnType());
            for (JavaType part : signature) {
                part.getAllInvolvedRawTypes().stream().filter(ApiArchitectureTest::internal)
                        .forEach(raw -> out.add(type.getName() + "." + unit.getName() + "() exposes " + raw.getName()));
            }
        }
        for (JavaField field : type.getFields()) {
            if (exposed(field.getModifiers())) {
                field.getType().getAllInvolvedRawTypes().stream().filter(ApiArchitectureTest::internal)
                        .forEach(raw -> out.add(type.getName() + "." + field.getName() + " exposes " + raw.getName()));
            }
        }
        type.getRawSuperclass().filter(ApiArchitectureTest::internal).ifPresent(raw -> out.add(type.getName() + " extends " + raw.getName()));
        type.getRawInterfaces().stream().filter(ApiArchitectureTest::internal).forEach(raw -> out.add(type.getName() + " implements " + raw.getName()));
        return out;
    }

    private static boolean exposed(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static boolean internal(JavaClass raw) {
        return raw.getPackageName().contains(".internal");
    }
}
