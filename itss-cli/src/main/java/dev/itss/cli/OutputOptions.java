package dev.itss.cli;

import dev.itss.report.Language;
import picocli.CommandLine.Option;

/** Language and format of every command that prints a report. */
final class OutputOptions {
    enum Format { TEXT, JSON, MARKDOWN, HTML }

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Report language: en (default) or zh-CN.")
    String lang;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "Output format: text (default), json, markdown or html (one self-contained page with charts).")
    Format format;

    Language language() {
        return Language.ofTag(lang);
    }

    boolean json() {
        return format == Format.JSON;
    }

    /** The page format of a report for people: text, Markdown or HTML (not JSON). */
    dev.itss.report.Format page() {
        return switch (format) {
            case MARKDOWN -> dev.itss.report.Format.MARKDOWN;
            case HTML -> dev.itss.report.Format.HTML;
            default -> dev.itss.report.Format.TEXT;
        };
    }
}
