package org.nordcrm.shell;

import java.util.UUID;

/**
 * A record was erased for good (GDPR), not just deleted: published in the erasing transaction, after the record's
 * row is gone, so that every module removes what it keeps about it (history values, merge undo data, notes...).
 */
public record RecordErased(String kind, UUID id) {
}
