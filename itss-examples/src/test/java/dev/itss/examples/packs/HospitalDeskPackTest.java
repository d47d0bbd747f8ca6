package dev.itss.examples.packs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.examples.SampleOrganisation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HospitalDeskPackTest {
    static final Path PACK = Path.of("src/main/resources/dev/itss/examples/packs/hospital-desk");

    @Test
    void demo() {
        AssessmentEngine engine = AssessmentEngine.builder().withPack(PACK).build();
        var s = SampleOrganisation.HOSPITAL.snapshot();
        Assessment a = engine.assess(s, engine.defaultPolicy(), SampleOrganisation.HOSPITAL.records(s, engine.defaultPolicy()));
        a.findings().findings().forEach(f -> System.out.println(f.ruleId() + " " + f.subject() + " " + f.evidence()));
        a.findings().notAvailable().stream().filter(n -> n.ruleId().startsWith("HSP")).forEach(System.out::println);
        assertThat(a.findings().findings()).anyMatch(f -> f.ruleId().equals("HSP-001"));
    }
}
