package dev.itss.model;

/** How far a routine activity is automated (自动化运维). */
public enum Automation {
    NONE,
    PARTIAL,
    FULL
}
