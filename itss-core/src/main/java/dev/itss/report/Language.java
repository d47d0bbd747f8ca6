package dev.itss.report;

import java.util.Locale;

/** The report languages: {@code en} (default) and {@code zh-CN}. */
public enum Language {
    EN(Locale.ENGLISH, "en"),
    ZH_CN(Locale.SIMPLIFIED_CHINESE, "zh-CN");

    private final Locale locale;
    private final String tag;

    Language(Locale locale, String tag) {
        this.locale = locale;
        this.tag = tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The tag used on the command line, {@code en} or {@code zh-CN}. */
    public String tag() {
        return tag;
    }

    /**
     * The language of a tag, case-insensitive; {@code zh}, {@code zh-CN} and {@code zh_CN} are Chinese.
     *
     * @throws IllegalArgumentException naming the accepted tags
     */
    public static Language ofTag(String tag) {
        String normal = tag.trim().replace('_', '-').toLowerCase(Locale.ROOT);
        return switch (normal) {
            case "en", "en-us", "en-gb" -> EN;
            case "zh", "zh-cn", "zh-hans" -> ZH_CN;
            default -> throw new IllegalArgumentException("unknown language '" + tag + "'; expected en or zh-CN");
        };
    }
}
