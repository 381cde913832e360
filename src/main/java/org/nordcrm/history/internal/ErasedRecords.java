package org.nordcrm.history.internal;

import static org.nordcrm.jooq.Tables.HISTORY;

import org.jooq.DSLContext;
import org.jooq.JSON;
import org.nordcrm.shell.RecordErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Takes an erased record's values out of the change log: every entry of the record, and every entry of another
 * record that mentions it (a link to it), keeps who, when, through what and what was done, but no values.
 */
@Component
class ErasedRecords {

	private final DSLContext db;

	ErasedRecords(DSLContext db) {
		this.db = db;
	}

	@EventListener
	void on(RecordErased erased) {
		db.update(HISTORY).set(HISTORY.CHANGES, JSON.valueOf("{}"))
			.where(HISTORY.RECORD_ID.eq(erased.id()).or(HISTORY.RELATED_ID.eq(erased.id())))
			.execute();
	}
}
