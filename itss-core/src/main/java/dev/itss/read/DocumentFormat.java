package dev.itss.read;

import java.util.Locale;

/** The text formats inputs may be written in. */
public enum DocumentFormat {
    YAML,
    JSON;

    /** The format a file name implies: {@code .json} is JSON, anything else YAML (a superset of JSON). */
    public static DocumentFormat ofFileName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    }
}
