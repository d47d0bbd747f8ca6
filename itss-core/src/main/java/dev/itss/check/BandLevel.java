package dev.itss.check;

/** How far beyond its band a measured value lies. */
public enum BandLevel {
    /** Past the warning bound but not the breach bound: the rule's severity, one step lower. */
    WARNING,
    /** Past the breach bound: the rule's full severity. */
    BREACH
}
