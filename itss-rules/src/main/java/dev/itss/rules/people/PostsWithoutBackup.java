package dev.itss.rules.people;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: posts no engineer of another post can stand in for, behind a backup rate beyond its band (PPL-002).
 */
public record PostsWithoutBackup(Subject subject, List<String> uncovered) implements Justification {
    public PostsWithoutBackup {
        uncovered = Lists.sorted(uncovered);
    }
}
