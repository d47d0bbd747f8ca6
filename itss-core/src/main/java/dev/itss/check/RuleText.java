package dev.itss.check;

/**
 * The texts of one rule in one language. {@code message} and {@code remediation} hold
 * {@code {name}} placeholders filled from the finding's evidence and {@code {subject}}.
 *
 * @param title       short title, e.g. "Post understaffed"
 * @param motivation  why it matters
 * @param message     what was observed against what was expected
 * @param remediation what to do
 * @param severityReason why the rule's breach severity is what it is, for HIGH and CRITICAL rules
 *                    (what it costs the customer now, what the manager can do this period); empty
 *                    for the others
 */
public record RuleText(String title, String motivation, String message, String remediation, String severityReason) {

    public RuleText {
        severityReason = severityReason == null ? "" : severityReason;
    }

    /** Texts without a severity reason. */
    public RuleText(String title, String motivation, String message, String remediation) {
        this(title, motivation, message, remediation, "");
    }
}
