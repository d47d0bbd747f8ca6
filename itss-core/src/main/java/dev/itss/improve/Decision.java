package dev.itss.improve;

/** What the people in charge decided about a proposed action, written into the plan file. */
public enum Decision {
    /** Generated, not yet decided. */
    PROPOSED,
    /** To be carried out. */
    ACCEPTED,
    /** Not to be carried out; its targets are still verified, and their causes name the rejection. */
    REJECTED
}
