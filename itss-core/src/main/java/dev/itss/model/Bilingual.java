package dev.itss.model;

import jakarta.validation.constraints.NotBlank;

/**
 * A text in English and Chinese, as catalogues and templates carry them.
 *
 * @param en English
 * @param zh Chinese (简体中文)
 */
public record Bilingual(@NotBlank String en, @NotBlank String zh) {

    /** The text in a language: Chinese for any {@code zh} locale, English otherwise. */
    public String in(java.util.Locale locale) {
        return locale.getLanguage().equals("zh") ? zh : en;
    }
}
