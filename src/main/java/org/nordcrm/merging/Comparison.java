package org.nordcrm.merging;

import java.util.List;
import java.util.UUID;

/** Two records side by side: what the user sees before choosing, field by field, what the survivor keeps. */
public record Comparison(Side a, Side b, List<MergeField> fields) {

	/** One of the two records: its title ("Fjordkraft AS (10003)"), card address and version. */
	public record Side(UUID id, String title, String url, int version) {
	}
}
