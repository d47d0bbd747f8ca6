package dev.itss.rules.resources;

import dev.itss.check.Justification;
import dev.itss.model.Subject;

/**
 * Justification: a skill only one engineer holds and no article documents (RES-017).
 */
public record SkillWithOneHolder(Subject subject, String holder) implements Justification {}
