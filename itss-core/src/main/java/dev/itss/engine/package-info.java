/**
 * The one entry point: {@link dev.itss.engine.AssessmentEngine} runs validate → measure → detect
 * on a snapshot and returns an {@link dev.itss.engine.Assessment}.
 *
 * <pre>{@code
 * AssessmentEngine engine = AssessmentEngine.load();        // once; thread-safe
 * Assessment assessment = engine.assess(snapshot);          // default policy
 * }</pre>
 */
package dev.itss.engine;
