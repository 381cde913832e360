package org.nordcrm.imports;

import java.util.List;

/**
 * What an import would do, nothing written: the first rows as they would be stored, counts over the rows checked
 * (all of them, up to the configured preview size), the rows with problems, and the categories and industries the
 * file names that do not exist yet.
 */
public record ImportPreview(ImportJob job, List<PreviewRow> rows, int checked, int newRows, int updated, int duplicates,
		int failed, List<FailedRow> problems, List<String> missingCategories, List<String> missingIndustries) {
}
