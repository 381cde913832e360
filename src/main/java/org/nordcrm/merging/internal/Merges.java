package org.nordcrm.merging.internal;

import static org.nordcrm.jooq.Tables.RECORD_MERGE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.JSON;
import org.nordcrm.jooq.tables.records.RecordMergeRecord;
import org.nordcrm.merging.Merge;
import org.nordcrm.merging.MergeChanges;
import org.nordcrm.shared.Ids;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** The record_merge table: one row per merge, with what undoing it needs. */
@Repository
public class Merges {

	/** What a merge row keeps for undoing: the record's own changes and, per participant, the ids it moved. */
	public record Undo(MergeChanges changes, Map<String, List<String>> moved) {
	}

	private final DSLContext db;
	private final JsonMapper json;
	private final int undoDays;

	Merges(DSLContext db, JsonMapper json, @Value("${nordcrm.merge.undo-days:30}") int undoDays) {
		this.db = db;
		this.json = json;
		this.undoDays = undoDays;
	}

	public Merge insert(String kind, UUID survivor, UUID other, Undo undo) {
		var r = db.newRecord(RECORD_MERGE);
		r.setTenantId(TenantContext.require().value());
		r.setId(Ids.next());
		r.setKind(kind);
		r.setSurvivorId(survivor);
		r.setLoserId(other);
		r.setUndo(JSON.valueOf(json.writeValueAsString(undo)));
		r.setMergedBy(TenantContext.actor());
		r.store();
		r.refresh();
		return merge(r);
	}

	/** The row, locked against a second undo running at the same time. */
	public Optional<RecordMergeRecord> lock(UUID id) {
		return db.selectFrom(RECORD_MERGE).where(RECORD_MERGE.ID.eq(id)).forUpdate().fetchOptional();
	}

	public Optional<Merge> find(UUID id) {
		return db.selectFrom(RECORD_MERGE).where(RECORD_MERGE.ID.eq(id)).fetchOptional(this::merge);
	}

	/** The latest merge of {@code other} into {@code survivor} that is not undone. */
	public Optional<Merge> active(UUID survivor, UUID other) {
		return db.selectFrom(RECORD_MERGE)
			.where(RECORD_MERGE.SURVIVOR_ID.eq(survivor).and(RECORD_MERGE.LOSER_ID.eq(other)).and(RECORD_MERGE.UNDONE_AT.isNull()))
			.orderBy(RECORD_MERGE.MERGED_AT.desc()).limit(1).fetchOptional(this::merge);
	}

	/** Merges a record took part in, newest first. */
	public List<Merge> of(UUID record, int limit) {
		return db.selectFrom(RECORD_MERGE).where(RECORD_MERGE.SURVIVOR_ID.eq(record).or(RECORD_MERGE.LOSER_ID.eq(record)))
			.orderBy(RECORD_MERGE.MERGED_AT.desc()).limit(limit).fetch(this::merge);
	}

	public Undo undo(RecordMergeRecord r) {
		return json.readValue(r.getUndo().data(), Undo.class);
	}

	public void markUndone(RecordMergeRecord r) {
		r.setUndoneAt(OffsetDateTime.now());
		r.setUndoneBy(TenantContext.actor());
		r.store();
	}

	/** Forgets every merge a record took part in (it is being erased: what undo keeps may be personal data). */
	public void forget(UUID record) {
		db.deleteFrom(RECORD_MERGE).where(RECORD_MERGE.SURVIVOR_ID.eq(record).or(RECORD_MERGE.LOSER_ID.eq(record))).execute();
	}

	public Merge merge(RecordMergeRecord r) {
		return new Merge(r.getId(), r.getKind(), r.getSurvivorId(), r.getLoserId(), r.getMergedBy(), r.getMergedAt(),
				r.getUndoneAt(), r.getMergedAt().plusDays(undoDays));
	}
}
