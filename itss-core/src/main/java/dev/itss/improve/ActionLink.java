package dev.itss.improve;

import dev.itss.check.Finding;

/**
 * An improvement rule's verdict that a finding is addressed by an action template: the fact
 * improvement rules produce.
 *
 * @param templateId the A- template
 * @param ruleId     the improvement rule that linked them (e.g. {@code ACT-008})
 * @param finding    the finding addressed
 */
public record ActionLink(String templateId, String ruleId, Finding finding) {}
