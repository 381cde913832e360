package org.nordcrm.imports;

import java.util.List;
import java.util.Map;

/**
 * One row of the preview: what it would do ({@code NEW}, {@code UPDATE}, {@code SKIP} for a duplicate left as it
 * is, {@code FAIL}), the values it would store by field, and its problems.
 */
public record PreviewRow(int row, String action, Map<String, String> values, List<RowProblem> problems) {
}
