package dev.itss.rules.people;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: an engineer named as a post's backup lacks skills the post requires, so the
 * backup cannot stand in (PPL-013). The backup engineer is part of the finding's identity.
 */
public record BackupLacksSkills(Subject subject, Subject backup, List<String> missingSkills) implements Justification {
    public BackupLacksSkills {
        missingSkills = Lists.sorted(missingSkills);
    }

    @Override
    public List<Subject> related() {
        return List.of(backup);
    }
}
