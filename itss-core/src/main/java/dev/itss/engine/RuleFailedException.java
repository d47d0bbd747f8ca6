package dev.itss.engine;

/**
 * A rule failed while an assessment ran: its consequence threw, or it kept firing until the
 * engine's firing limit stopped it. The assessment has no result; the message names the rule and
 * the subject it was matching, so that the rule's author can reproduce it.
 *
 * <pre>{@code
 * try {
 *     engine.assess(snapshot);
 * } catch (RuleFailedException e) {
 *     log.error("rule {} failed on {}", e.ruleId(), e.subject(), e);
 * }
 * }</pre>
 */
public class RuleFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String ruleId;
    private final String subject;

    public RuleFailedException(String ruleId, String subject, String message, Throwable cause) {
        super(message, cause);
        this.ruleId = ruleId;
        this.subject = subject;
    }

    /** The id of the rule that failed. */
    public String ruleId() {
        return ruleId;
    }

    /** {@code kind:id} of the subject the rule was matching; empty when it matched none. */
    public String subject() {
        return subject;
    }
}
