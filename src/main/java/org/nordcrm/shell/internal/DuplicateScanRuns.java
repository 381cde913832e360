package org.nordcrm.shell.internal;

import static org.nordcrm.jooq.Tables.DUPLICATE_SCAN;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.JSON;
import org.nordcrm.jooq.tables.records.DuplicateScanRecord;
import org.nordcrm.shared.Ids;
import org.nordcrm.shell.LikelyPair;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The duplicate_scan table: one row per scan, its pairs once done. Each call commits on its own. */
@Repository
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class DuplicateScanRuns {

	/** A scan still running after this long has died with its node: a new one may start. */
	private static final int STALE_MINUTES = 30;

	private final DSLContext db;
	private final JsonMapper json;

	DuplicateScanRuns(DSLContext db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	/** The running scan of this kind to join, if one is under way. */
	public Optional<DuplicateScanRecord> running(String kind) {
		return db.selectFrom(DUPLICATE_SCAN).where(DUPLICATE_SCAN.KIND.eq(kind).and(DUPLICATE_SCAN.STATE.eq("RUNNING"))
			.and(DUPLICATE_SCAN.STARTED_AT.gt(OffsetDateTime.now().minusMinutes(STALE_MINUTES))))
			.orderBy(DUPLICATE_SCAN.STARTED_AT.desc()).limit(1).fetchOptional();
	}

	/** Starts a scan's row, clearing the tenant's scans of earlier days. */
	public DuplicateScanRecord start(String kind) {
		db.deleteFrom(DUPLICATE_SCAN).where(DUPLICATE_SCAN.STARTED_AT.lt(OffsetDateTime.now().minusDays(1))).execute();
		var r = db.newRecord(DUPLICATE_SCAN);
		r.setTenantId(TenantContext.require().value());
		r.setId(Ids.next());
		r.setKind(kind);
		r.setState("RUNNING");
		r.setStartedBy(TenantContext.actor());
		r.setStartedAt(OffsetDateTime.now());
		r.store();
		return r;
	}

	public void finish(UUID id, List<LikelyPair> pairs) {
		db.update(DUPLICATE_SCAN).set(DUPLICATE_SCAN.STATE, "DONE").set(DUPLICATE_SCAN.FINISHED_AT, OffsetDateTime.now())
			.set(DUPLICATE_SCAN.PAIRS, JSON.valueOf(json.writeValueAsString(pairs))).where(DUPLICATE_SCAN.ID.eq(id)).execute();
	}

	public void fail(UUID id) {
		db.update(DUPLICATE_SCAN).set(DUPLICATE_SCAN.STATE, "FAILED").set(DUPLICATE_SCAN.FINISHED_AT, OffsetDateTime.now())
			.where(DUPLICATE_SCAN.ID.eq(id)).execute();
	}

	@Transactional(readOnly = true)
	public Optional<DuplicateScanRecord> find(UUID id) {
		return db.selectFrom(DUPLICATE_SCAN).where(DUPLICATE_SCAN.ID.eq(id)).fetchOptional();
	}

	@Transactional(propagation = Propagation.SUPPORTS)
	public List<LikelyPair> pairs(DuplicateScanRecord r) {
		return r.getPairs() == null ? List.of() : json.readValue(r.getPairs().data(), new TypeReference<List<LikelyPair>>() {
		});
	}
}
