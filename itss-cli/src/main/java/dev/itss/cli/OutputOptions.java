package dev.itss.cli;

import dev.itss.report.Language;
import picocli.CommandLine.Option;

/** Language and format of every command that prints a report. */
final class OutputOptions {
    enum Format { TEXT, JSON }

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Report language: en (default) or zh-CN.")
    String lang;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "Output format: text (default) or json.")
    Format format;

    Language language() {
        return Language.ofTag(lang);
    }

    boolean json() {
        return format == Format.JSON;
    }
}
