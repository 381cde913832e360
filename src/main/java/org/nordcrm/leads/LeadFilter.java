package org.nordcrm.leads;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.UserId;
import org.nordcrm.settings.LeadStatusId;
import org.nordcrm.settings.SourceId;

/**
 * Narrows a list of leads; null fields do not narrow. {@code converted} true lists converted leads, false (the
 * default of the pages) the open ones, null both.
 */
public record LeadFilter(@Nullable String text, @Nullable LeadKind kind, @Nullable LeadStatusId statusId,
		@Nullable UserId ownerId, @Nullable SourceId sourceId, @Nullable Boolean converted) {

	public static final LeadFilter OPEN = new LeadFilter(null, null, null, null, null, false);
}
