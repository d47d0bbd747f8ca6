/**
 * Reading inputs (snapshots, policies) from YAML or JSON: parse to a tree (syntax errors, type
 * errors and unknown fields with line and column), bind, then Bean Validation (each violation with
 * its path and, where the tree knows it, its line). Every problem found is reported at once in an
 * {@link dev.itss.read.InvalidInputException}.
 */
package dev.itss.read;
