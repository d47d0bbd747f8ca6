package dev.itss.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapeTest {

    @Test
    void controlAndBidirectionalCharactersAreWrittenAsEscapes() {
        assertThat(Escape.inline("Desk\n[CRITICAL] x\r\t")).isEqualTo("Desk\\n[CRITICAL] x\\r\\t");
        assertThat(Escape.inline("\u001b]0;t\u0007\u007f\u0085")).isEqualTo("\\u001B]0;t\\u0007\\u007F\\u0085");
        assertThat(Escape.inline("a\u202Eb\u2066c\u200Fd\u061Ce")).isEqualTo("a\\u202Eb\\u2066c\\u200Fd\\u061Ce");
        assertThat(Escape.keepingLines("line 1\nline\u001b[2J 2\n")).isEqualTo("line 1\nline\\u001B[2J 2\n");
        // text without any is returned as it is: Chinese, emoji and other scripts are text
        String plain = "市第一人民医院信息科 😀 Ünïcödé";
        assertThat(Escape.inline(plain)).isSameAs(plain);
        assertThat(Escape.inline(null)).isNull();
    }
}
