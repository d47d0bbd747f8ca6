package dev.itss.rules.resources;

import dev.itss.check.Justification;
import dev.itss.model.Subject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Justification: a spare part not issued for longer than its band (RES-004).
 */
public record SparePartIdle(Subject subject, Optional<LocalDate> lastUsed, LocalDate since, int quantity, BigDecimal stockValue) implements Justification {}
