package org.nordcrm.exports.internal;

import static org.nordcrm.jooq.Tables.EXPORT_LOG;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.nordcrm.exports.ExportEntry;
import org.nordcrm.shared.Ids;
import org.springframework.stereotype.Repository;

/** The export_log table. Its tenant, user and channel columns default to the transaction's settings. */
@Repository
public class ExportLog {

	private final DSLContext db;

	ExportLog(DSLContext db) {
		this.db = db;
	}

	public void add(String actorName, String list, String criteria, String format, long rows, boolean complete) {
		db.insertInto(EXPORT_LOG, EXPORT_LOG.ID, EXPORT_LOG.ACTOR_NAME, EXPORT_LOG.LIST, EXPORT_LOG.CRITERIA, EXPORT_LOG.FORMAT,
				EXPORT_LOG.ROW_COUNT, EXPORT_LOG.COMPLETE)
			.values(Ids.next(), actorName, list, criteria, format, rows, complete)
			.execute();
	}

	/** Newest first, older than the entry {@code before} when given. */
	public List<ExportEntry> list(@Nullable UUID before, int limit) {
		// ids are UUIDv7: their order is the order of writing
		var older = before == null ? DSL.noCondition() : EXPORT_LOG.ID.lt(before);
		return db.selectFrom(EXPORT_LOG).where(older).orderBy(EXPORT_LOG.ID.desc()).limit(limit)
			.fetch(r -> new ExportEntry(r.getId(), r.getActorId(), r.getActorName(), r.getChannel(), r.getList(), r.getCriteria(),
					r.getFormat(), r.getRowCount(), r.getComplete(), r.getAt()));
	}
}
