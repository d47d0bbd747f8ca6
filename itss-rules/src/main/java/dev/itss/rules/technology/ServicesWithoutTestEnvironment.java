package dev.itss.rules.technology;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: deployed services without a test environment (TEC-012).
 */
public record ServicesWithoutTestEnvironment(Subject subject, List<String> withoutTestEnvironment) implements Justification {
    public ServicesWithoutTestEnvironment {
        withoutTestEnvironment = Lists.sorted(withoutTestEnvironment);
    }
}
