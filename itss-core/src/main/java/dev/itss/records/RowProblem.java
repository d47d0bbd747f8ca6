package dev.itss.records;

import dev.itss.read.InputProblem;

/** A malformed row, carried from the cell that is wrong to the {@link ErrorPolicy} of the read. */
final class RowProblem extends Exception {
    private static final long serialVersionUID = 1L;
    final transient InputProblem problem;

    RowProblem(InputProblem problem) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
    }
}
