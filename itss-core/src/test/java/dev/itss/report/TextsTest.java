package dev.itss.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.check.BandLevel;
import dev.itss.check.Finding;
import dev.itss.check.Outcome;
import dev.itss.measure.Evidence;
import dev.itss.model.Element;
import dev.itss.model.Severity;
import dev.itss.model.Subject;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {
    private static final Finding FINDING = new Finding("X-1", Element.RESOURCES, Severity.HIGH, BandLevel.BREACH,
            new Subject("spare-part", "SP-42", "600 GB disk"), "m",
            List.of(Evidence.ratio("observed", 0.8333333), Evidence.days("idle", 412), Evidence.hours("worked", 151.25),
                    Evidence.list("missing", List.of("problem", "change")), Evidence.text("lastUsed", "never")),
            List.of("P-R-05"), Outcome.FINDING);

    @Test
    void fillsPlaceholdersInEnglish() {
        assertThat(Texts.fill("{subject}: {observed}, idle {idle}, worked {worked}, missing {missing}, last used {lastUsed}", FINDING, Language.EN))
                .isEqualTo("600 GB disk: 83.3 %, idle 412 days, worked 151.3 h, missing problem, change, last used never");
    }

    @Test
    void fillsPlaceholdersInChinese() {
        assertThat(Texts.fill("{subject}：{observed}，闲置 {idle}，缺失 {missing}，最近出库 {lastUsed}", FINDING, Language.ZH_CN))
                .isEqualTo("600 GB disk：83.3 %，闲置 412 天，缺失 problem、change，最近出库 从未");
    }

    @Test
    void leavesUnknownPlaceholdersVisible() {
        assertThat(Texts.fill("{nothing} here", FINDING, Language.EN)).isEqualTo("{nothing} here");
        assertThat(Texts.placeholders("{a} {b} {a}")).containsExactly("a", "b");
    }

    @Test
    void readsLanguageTags() {
        assertThat(Language.ofTag("zh-CN")).isEqualTo(Language.ZH_CN);
        assertThat(Language.ofTag("zh_cn")).isEqualTo(Language.ZH_CN);
        assertThat(Language.ofTag("EN")).isEqualTo(Language.EN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Language.ofTag("fr"))
                .hasMessage("unknown language 'fr'; expected en or zh-CN");
    }
}
