package org.nordcrm.leads.internal;

import static org.nordcrm.jooq.Tables.LEAD;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.nordcrm.jooq.tables.records.LeadRecord;
import org.nordcrm.leads.LeadData;
import org.nordcrm.leads.LeadFilter;
import org.nordcrm.leads.LeadKind;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Repository;

/** The lead table: what only a lead has, one row per lead company or private-person lead (same id). */
@Repository
public class Leads {

	private final DSLContext db;

	Leads(DSLContext db) {
		this.db = db;
	}

	public Optional<LeadRecord> find(UUID id) {
		return db.selectFrom(LEAD).where(LEAD.ID.eq(id)).fetchOptional();
	}

	/** Lead rows for new records numbered {@code firstNumber} on, in one insert. */
	public void insert(LeadKind kind, List<UUID> ids, long firstNumber, LeadData data) {
		var tenant = TenantContext.require().value();
		var insert = db.insertInto(LEAD, LEAD.TENANT_ID, LEAD.ID, LEAD.RECORD_KIND, LEAD.LEAD_NUMBER, LEAD.STATUS_ID,
				LEAD.SOURCE_ID, LEAD.OWNER_ID);
		long number = firstNumber;
		for (var id : ids) {
			insert = insert.values(tenant, id, kind.recordKind(), number++,
					data.statusId() == null ? null : data.statusId().value(),
					data.sourceId() == null ? null : data.sourceId().value(),
					data.ownerId() == null ? null : data.ownerId().value());
		}
		insert.execute();
	}

	/** Leads passing the filter (its text aside) among {@code ids} (null: all), newest first, after the cursor. */
	public List<LeadRecord> page(LeadFilter f, @Nullable Collection<UUID> ids, @Nullable UUID before, int limit) {
		return db.selectFrom(LEAD).where(condition(f))
			.and(ids == null ? DSL.noCondition() : LEAD.ID.in(ids))
			.and(before == null ? DSL.noCondition() : LEAD.ID.lt(before))
			.orderBy(LEAD.ID.desc()).limit(limit).fetch();
	}

	public List<LeadRecord> findAll(Collection<UUID> ids) {
		return db.selectFrom(LEAD).where(LEAD.ID.in(ids)).fetch();
	}

	private static Condition condition(LeadFilter f) {
		var c = DSL.noCondition();
		if (f.kind() != null) {
			c = c.and(LEAD.RECORD_KIND.eq(f.kind().recordKind()));
		}
		if (f.statusId() != null) {
			c = c.and(LEAD.STATUS_ID.eq(f.statusId().value()));
		}
		if (f.ownerId() != null) {
			c = c.and(LEAD.OWNER_ID.eq(f.ownerId().value()));
		}
		if (f.sourceId() != null) {
			c = c.and(LEAD.SOURCE_ID.eq(f.sourceId().value()));
		}
		if (f.converted() != null) {
			c = c.and(f.converted() ? LEAD.CONVERTED_AT.isNotNull() : LEAD.CONVERTED_AT.isNull());
		}
		return c;
	}

	/** Writes the lead's data if it is still at {@code version}; false when someone changed it first. */
	public boolean update(UUID id, int version, LeadData data) {
		return db.update(LEAD)
			.set(LEAD.STATUS_ID, data.statusId() == null ? null : data.statusId().value())
			.set(LEAD.SOURCE_ID, data.sourceId() == null ? null : data.sourceId().value())
			.set(LEAD.OWNER_ID, data.ownerId() == null ? null : data.ownerId().value())
			.set(LEAD.VERSION, LEAD.VERSION.plus(1)).set(LEAD.UPDATED_AT, OffsetDateTime.now())
			.where(LEAD.ID.eq(id).and(LEAD.VERSION.eq(version)).and(LEAD.CONVERTED_AT.isNull())).execute() == 1;
	}

	/** Marks a lead converted now by {@code actor}; false when it already was. */
	public boolean markConverted(UUID id, @Nullable UUID actor) {
		return db.update(LEAD).set(LEAD.CONVERTED_AT, OffsetDateTime.now()).set(LEAD.CONVERTED_BY, actor)
			.set(LEAD.VERSION, LEAD.VERSION.plus(1)).set(LEAD.UPDATED_AT, OffsetDateTime.now())
			.where(LEAD.ID.eq(id).and(LEAD.CONVERTED_AT.isNull())).execute() == 1;
	}
}
