/**
 * The test harness: {@link dev.itss.test.RuleVerifier} checks one rule against a given snapshot,
 * the way the built-in rules are tested and the way users test their own. Written against the
 * engine API only, so it works with any engine on the classpath.
 */
package dev.itss.test;
