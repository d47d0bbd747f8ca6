package dev.itss.rules.process;

import dev.itss.check.Justification;
import dev.itss.model.Subject;

/**
 * Justification: an engineer's KPI score below its band (PRC-006).
 */
public record EngineerKpiBelowTarget(Subject subject) implements Justification {}
