package dev.itss.rules.process;

import dev.itss.check.Justification;
import dev.itss.model.Subject;

/**
 * Justification: a process whose KPIs mostly do not come from a system of record (PRC-002).
 */
public record KpisUnreliable(Subject subject, long reliable, int defined) implements Justification {}
