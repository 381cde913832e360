package org.nordcrm.registry;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a bulk load did (or, in a dry run, would do).
 *
 * @param read units in the file
 * @param matched units the filter took
 * @param created records made (0 in a dry run)
 * @param existing matched units skipped because their organisation number is in the CRM already
 * @param inactive matched units skipped because they are deleted, bankrupt or being wound up
 * @param dryRun whether nothing was written
 */
public record BulkReport(long read, long matched, long created, long existing, long inactive, boolean dryRun) {

	/** What a real load would create. */
	@JsonProperty("toCreate")
	public long toCreate() {
		return matched - existing - inactive;
	}
}
