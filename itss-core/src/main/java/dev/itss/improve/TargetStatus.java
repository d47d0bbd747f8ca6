package dev.itss.improve;

import java.util.Locale;

/** How far a target of the plan was reached, as the control table records it (ITSS I-3). */
public enum TargetStatus {
    /** The value due by the verified period was reached. */
    MET("met", "已达成"),
    /** The value moved toward the target from the baseline without reaching it. */
    PARTIALLY_MET("partly met", "部分达成"),
    /** The value stayed where it was or moved away from the target. */
    NOT_MET("not met", "未达成"),
    /** The verified period has no value for the metric and subject. */
    NOT_MEASURABLE("not measurable", "无法衡量");

    private final String english;
    private final String chinese;

    TargetStatus(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** The status in a report's language: "partly met", or 部分达成 in Chinese. */
    public String label(Locale locale) {
        return locale.getLanguage().equals("zh") ? chinese : english;
    }
}
