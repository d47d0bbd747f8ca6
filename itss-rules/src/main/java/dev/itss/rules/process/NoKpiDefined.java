package dev.itss.rules.process;

import dev.itss.check.Justification;
import dev.itss.model.Subject;

/**
 * Justification: a process that defines no KPI at all, so nothing about it is measured (PRC-032);
 * a process whose KPIs are defined but hand-collected is PRC-002's.
 */
public record NoKpiDefined(Subject subject) implements Justification {}
