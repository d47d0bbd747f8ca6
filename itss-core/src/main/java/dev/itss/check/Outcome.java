package dev.itss.check;

/** What a rule concluded about one subject. */
public enum Outcome {
    /** The rule found the problem. */
    FINDING,
    /** The rule's inputs were missing, so it could not judge; never read as a pass. */
    NOT_AVAILABLE,
    /** The rule found the problem, but the policy waives it (with a reason and an expiry). */
    WAIVED
}
