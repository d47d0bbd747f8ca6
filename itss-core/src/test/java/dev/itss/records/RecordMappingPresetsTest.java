package dev.itss.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.read.DocumentFormat;
import org.junit.jupiter.api.Test;

/** The shipped presets pass the full validation of a mapping file (the library reads them without it, to start fast). */
class RecordMappingPresetsTest {

    @Test
    void everyMappingExampleOfTheGuideIsAValidMapping() throws java.io.IOException {
        String guide;
        try (var in = RecordMappingPresetsTest.class.getClassLoader().getResourceAsStream("dev/itss/records/guide.md")) {
            guide = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher block = java.util.regex.Pattern.compile("```yaml\n(.*?)```", java.util.regex.Pattern.DOTALL).matcher(guide);
        int examples = 0;
        while (block.find()) {
            RecordMapping mapping = RecordMapping.reader().read("guide example " + ++examples, block.group(1), DocumentFormat.YAML);
            assertThat(mapping.recordKind()).isEqualTo(RecordKind.TICKETS);
        }
        assertThat(examples).isEqualTo(4);
    }

    @Test
    void everyPresetPassesFullValidationAndReadsTheSameEitherWay() {
        for (String name : RecordMapping.PRESETS) {
            RecordMapping validated = RecordMapping.reader().read(name + ".yaml", RecordMapping.presetText(name), DocumentFormat.YAML);
            assertThat(RecordMapping.preset(name)).as(name).isEqualTo(validated);
        }
    }
}
