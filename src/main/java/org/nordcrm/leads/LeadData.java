package org.nordcrm.leads;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.UserId;
import org.nordcrm.settings.LeadStatusId;
import org.nordcrm.settings.SourceId;

/**
 * What only a lead has, as typed: its status (the register's first when null for a new lead), source and owner;
 * {@code version} is the version read, for a change.
 */
public record LeadData(@Nullable LeadStatusId statusId, @Nullable SourceId sourceId, @Nullable UserId ownerId,
		@Nullable Integer version) {

	public static final LeadData NONE = new LeadData(null, null, null, null);
}
