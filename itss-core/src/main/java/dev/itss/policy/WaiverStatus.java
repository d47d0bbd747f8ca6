package dev.itss.policy;

import java.util.List;

/**
 * What became of one waiver of the policy in an assessment, reported with it so that a waiver is
 * never silent: the findings it waived, or why it waived none.
 *
 * @param waiver   the waiver
 * @param state    applied, expired or unused
 * @param findings keys of the findings it names: waived when {@link State#APPLIED}, reported as
 *                 findings again when {@link State#EXPIRED}
 */
public record WaiverStatus(Waiver waiver, State state, List<String> findings) {

    public WaiverStatus {
        findings = List.copyOf(findings);
    }

    /** What became of a waiver. */
    public enum State {
        /** It waived the findings listed. */
        APPLIED,
        /** The period ends after its expiry: what it named is reported again as findings. */
        EXPIRED,
        /** It applies, but its rule found nothing about its subject: the problem is gone, or the subject is misspelt. */
        UNUSED
    }
}
