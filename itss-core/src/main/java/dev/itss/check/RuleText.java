package dev.itss.check;

/**
 * The texts of one rule in one language. {@code message} and {@code remediation} hold
 * {@code {name}} placeholders filled from the finding's evidence and {@code {subject}}.
 *
 * @param title       short title, e.g. "Post understaffed"
 * @param motivation  why it matters
 * @param message     what was observed against what was expected
 * @param remediation what to do
 */
public record RuleText(String title, String motivation, String message, String remediation) {}
