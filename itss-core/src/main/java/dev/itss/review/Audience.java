package dev.itss.review;

/** Whom a section of a review is for: the customer (ITSS R-C) or the O&amp;M team (R-T). */
public enum Audience {
    /** Customer review content (客户回顾内容, R-C). */
    CUSTOMER("R-C"),
    /** The O&amp;M team's internal review content (运维团队内部回顾内容, R-T). */
    TEAM("R-T");

    private final String item;

    Audience(String item) {
        this.item = item;
    }

    /** The ITSS item, {@code R-C} or {@code R-T}. */
    public String item() {
        return item;
    }
}
