package dev.itss.rules.people;

import dev.itss.check.Justification;
import dev.itss.model.Subject;

/**
 * Justification: a post held by one engineer whom no engineer of another post backs up (PPL-011).
 */
public record SinglePersonPost(Subject subject, String holder) implements Justification {}
