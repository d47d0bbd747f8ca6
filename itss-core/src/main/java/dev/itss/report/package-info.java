/**
 * The report stage: renders an assessment for people (text) and machines (JSON), in English or
 * Chinese. Rule texts are filled here, late, from each finding's evidence.
 */
package dev.itss.report;
