package dev.itss.review;

import java.util.Arrays;

/**
 * The form a service review takes (服务回顾形式): who meets or reads it. The form is declared, not
 * inferred; it decides which content the review is for: a customer-facing form carries the
 * customer content (R-C) and keeps the internal content (R-T) as the team's preparation, the
 * internal meeting carries both.
 */
public enum ReviewForm {
    /** A review meeting with the customer (客户回顾). */
    CUSTOMER_MEETING("customer-meeting", true),
    /** The O&amp;M team's internal project meeting (项目内部会议). */
    INTERNAL_MEETING("internal-meeting", false),
    /** A review held as a video conference with the customer (视频会议). */
    VIDEO_CONFERENCE("video-conference", true),
    /** A written O&amp;M service report to the customer (运维服务报告). */
    SERVICE_REPORT("service-report", true),
    /** Opinions collected from a third party, e.g. a supervising or assessing body (第三方机构意见收集). */
    THIRD_PARTY_OPINION("third-party-opinion", true);

    private final String key;
    private final boolean forCustomer;

    ReviewForm(String key, boolean forCustomer) {
        this.key = key;
        this.forCustomer = forCustomer;
    }

    /** The name on the command line, e.g. {@code service-report}. */
    public String key() {
        return key;
    }

    /** Whether the customer (or a third party) takes part or reads it: its internal content stays with the team. */
    public boolean forCustomer() {
        return forCustomer;
    }

    /**
     * The form named {@code key}, case-insensitive.
     *
     * @throws IllegalArgumentException naming the forms there are
     */
    public static ReviewForm ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(key.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown review form '" + key + "'; expected one of "
                        + Arrays.stream(values()).map(ReviewForm::key).toList()));
    }
}
