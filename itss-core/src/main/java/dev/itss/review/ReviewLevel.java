package dev.itss.review;

import java.util.Arrays;

/**
 * The four levels of the service review mechanism (四级回顾机制, ITSS ), each with the
 * form it takes unless told otherwise.
 *
 * <pre>{@code
 * ReviewLevel level = ReviewLevel.ofKey("monthly");   // R-2
 * }</pre>
 */
public enum ReviewLevel {
    /** with the customer, on a major incident, a complaint or a change of the service content (不定期沟通). */
    AD_HOC("ad-hoc", "R-1", ReviewForm.CUSTOMER_MEETING),
    /** the monthly project meeting: the month's service, SLA attainment, service volume (项目月度例会). */
    MONTHLY("monthly", "R-2", ReviewForm.CUSTOMER_MEETING),
    /** the quarterly meeting: operations analysis, customer satisfaction (项目季度会). */
    QUARTERLY("quarterly", "R-3", ReviewForm.CUSTOMER_MEETING),
    /** the annual review of the project's overall delivery (项目年度回顾), as a service report. */
    ANNUAL("annual", "R-4", ReviewForm.SERVICE_REPORT);

    private final String key;
    private final String item;
    private final ReviewForm defaultForm;

    ReviewLevel(String key, String item, ReviewForm defaultForm) {
        this.key = key;
        this.item = item;
        this.defaultForm = defaultForm;
    }

    /** The name on the command line, e.g. {@code ad-hoc}. */
    public String key() {
        return key;
    }

    /** The ITSS item, e.g. {@code R-2}. */
    public String item() {
        return item;
    }

    /** The form a review of this level takes when none is declared. */
    public ReviewForm defaultForm() {
        return defaultForm;
    }

    /**
     * The level named {@code key} ({@code ad-hoc}, {@code monthly}, {@code quarterly}, {@code annual}), case-insensitive.
     *
     * @throws IllegalArgumentException naming the levels there are
     */
    public static ReviewLevel ofKey(String key) {
        return Arrays.stream(values()).filter(l -> l.key.equalsIgnoreCase(key.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown review level '" + key + "'; expected one of "
                        + Arrays.stream(values()).map(ReviewLevel::key).toList()));
    }
}
