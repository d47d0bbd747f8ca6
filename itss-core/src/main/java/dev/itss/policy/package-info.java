/**
 * The policy: the organisation's targets and warning/breach bands for each metric, the processes
 * it requires, and rule switches (disabled rules, severity overrides). Defaults ship with the rule
 * pack; an organisation's policy file overrides any of them.
 */
package dev.itss.policy;
