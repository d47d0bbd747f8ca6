package dev.itss.model;

/** Where an engineer mainly works: at the customer's site (驻场) or remotely (远程). */
public enum WorkMode {
    ON_SITE,
    REMOTE
}
