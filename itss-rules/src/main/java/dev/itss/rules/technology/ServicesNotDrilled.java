package dev.itss.rules.technology;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: deployed services whose emergency plan was not drilled after deployment (TEC-013).
 */
public record ServicesNotDrilled(Subject subject, List<String> notDrilled) implements Justification {
    public ServicesNotDrilled {
        notDrilled = Lists.sorted(notDrilled);
    }
}
