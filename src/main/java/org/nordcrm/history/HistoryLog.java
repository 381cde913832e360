package org.nordcrm.history;

import static org.nordcrm.jooq.Tables.HISTORY;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.nordcrm.jooq.tables.records.HistoryRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the change log. Nothing here writes it: the database does, on every insert, update and delete. */
@Service
@Transactional(readOnly = true)
public class HistoryLog {

	/** The actions a merge writes on the survivor: the other record merged in, and the merge undone. */
	public static final String MERGED = "MERGED", UNMERGED = "UNMERGED";

	private final DSLContext db;
	private final JsonMapper json;

	HistoryLog(DSLContext db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	/**
	 * A record's changes, newest first, optionally within a time range; with the changes of the records merged into
	 * it (while the merge stands), since their history moved to it with everything else.
	 */
	public List<HistoryEntry> forRecord(UUID record, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to, int limit) {
		var records = new LinkedHashSet<UUID>();
		records.add(record);
		db.select(HISTORY.RELATED_ID, HISTORY.ACTION).from(HISTORY)
			.where(HISTORY.RECORD_ID.eq(record).and(HISTORY.ACTION.in(MERGED, UNMERGED)))
			.orderBy(HISTORY.ID)
			.forEach(r -> {
				if (r.value2().equals(MERGED)) {
					records.add(r.value1());
				}
				else {
					records.remove(r.value1());
				}
			});
		return db.selectFrom(HISTORY)
			.where(HISTORY.RECORD_ID.in(records))
			.and(from == null ? DSL.noCondition() : HISTORY.AT.ge(from))
			.and(to == null ? DSL.noCondition() : HISTORY.AT.lt(to))
			.orderBy(HISTORY.ID.desc())
			.limit(limit)
			.fetch(this::entry);
	}

	/**
	 * The whole tenant's changes, newest first, narrowed by who made them, the kind of record and a time range;
	 * {@code before} is the last id of the previous page.
	 */
	public List<HistoryEntry> all(@Nullable UUID actor, @Nullable String kind, @Nullable OffsetDateTime from,
			@Nullable OffsetDateTime to, @Nullable Long before, int limit) {
		return db.selectFrom(HISTORY)
			.where(actor == null ? DSL.noCondition() : HISTORY.ACTOR_ID.eq(actor))
			.and(kind == null ? DSL.noCondition() : HISTORY.RECORD_KIND.eq(kind))
			.and(from == null ? DSL.noCondition() : HISTORY.AT.ge(from))
			.and(to == null ? DSL.noCondition() : HISTORY.AT.lt(to))
			.and(before == null ? DSL.noCondition() : HISTORY.ID.lt(before))
			.orderBy(HISTORY.ID.desc())
			.limit(limit)
			.fetch(this::entry);
	}

	/** For each record, its latest entry with the given action (who deleted it, and when). */
	public Map<UUID, HistoryEntry> latest(Collection<UUID> records, String action) {
		var result = new HashMap<UUID, HistoryEntry>();
		if (!records.isEmpty()) {
			db.selectFrom(HISTORY).where(HISTORY.RECORD_ID.in(records).and(HISTORY.ACTION.eq(action)))
				.orderBy(HISTORY.ID.desc())
				.forEach(r -> result.putIfAbsent(r.getRecordId(), entry(r)));
		}
		return result;
	}

	private HistoryEntry entry(HistoryRecord r) {
		var changes = new LinkedHashMap<String, JsonNode[]>();
		json.readTree(r.getChanges().data()).properties()
			.forEach(e -> changes.put(e.getKey(), new JsonNode[] { e.getValue().get(0), e.getValue().get(1) }));
		return new HistoryEntry(r.getId(), r.getRecordKind(), r.getRecordId(), r.getAction(), changes, r.getRelatedKind(),
				r.getRelatedId(), r.getActorId(), r.getChannel(), r.getAt(), r.getImportId());
	}
}
