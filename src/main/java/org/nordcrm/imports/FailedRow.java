package org.nordcrm.imports;

import java.util.List;

/** A row that was not written: its number in the file (the header is row 1), why, and its cells as read. */
public record FailedRow(int row, List<RowProblem> problems, List<String> cells) {
}
