package dev.itss.rules.people;

import dev.itss.check.Justification;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: a skill a post requires that no engineer of the organisation holds (PPL-012).
 */
public record RequiredSkillUnheld(Subject subject, String skill) implements Justification {
    /** The skill is part of the finding's identity: one finding per post and skill. */
    @Override
    public List<Subject> related() {
        return List.of(new Subject("skill", skill, skill));
    }
}
