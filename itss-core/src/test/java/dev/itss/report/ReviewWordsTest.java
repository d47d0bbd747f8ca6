package dev.itss.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The review's words exist in both languages, with the same values to fill. */
class ReviewWordsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("%[sd]");

    @Test
    void everyWordHasBothLanguagesWithTheSamePlaceholders() {
        assertThat(ReviewWords.ZH.keySet()).isEqualTo(ReviewWords.EN.keySet());
        ReviewWords.EN.forEach((key, english) -> assertThat(placeholders(ReviewWords.ZH.get(key))).as(key).isEqualTo(placeholders(english)));
    }

    private static String placeholders(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            out.append(m.group());
        }
        return out.toString();
    }
}
