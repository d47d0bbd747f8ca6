/**
 * The Drools-backed rule engine: the built-in DRL packs (one per element, precompiled to the
 * executable model at build time), their metadata reader, the finding factory called from rule
 * consequences, the texts and the default policy.
 */
package dev.itss.rules;
