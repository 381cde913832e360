package org.nordcrm.campaigns.internal;

import static org.nordcrm.jooq.Tables.CAMPAIGN;
import static org.nordcrm.jooq.Tables.CAMPAIGN_MEMBER;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.nordcrm.campaigns.Campaign;
import org.nordcrm.campaigns.CampaignId;
import org.nordcrm.security.UserId;
import org.nordcrm.shared.Ids;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Repository;

/** The campaign table, read with its member counts. Deleted campaigns are never read. */
@Repository
public class Campaigns {

	private static final Field<Integer> MEMBERS = count(DSL.noCondition()).as("members");
	private static final Field<Integer> OPEN = count(CAMPAIGN_MEMBER.STATE.eq("OPEN")).as("open");
	private static final Field<Integer> DONE = count(CAMPAIGN_MEMBER.STATE.eq("DONE")).as("done");

	private final DSLContext db;

	Campaigns(DSLContext db) {
		this.db = db;
	}

	public Optional<Campaign> find(CampaignId id) {
		return select(CAMPAIGN.ID.eq(id.value())).fetchOptional(Campaigns::toCampaign);
	}

	/** Active ones first, then by name; closed ones only when asked for. */
	public List<Campaign> list(boolean closedToo, int limit) {
		return select(closedToo ? DSL.noCondition() : CAMPAIGN.CLOSED_AT.isNull())
			.orderBy(CAMPAIGN.CLOSED_AT.asc().nullsFirst(), DSL.lower(CAMPAIGN.NAME), CAMPAIGN.ID).limit(limit).fetch(Campaigns::toCampaign);
	}

	/** A page newest first; {@code limit + 1} rows, to tell whether more exist. */
	public List<Campaign> page(@Nullable Boolean active, @Nullable UUID after, int limit) {
		var where = active == null ? DSL.noCondition() : active ? CAMPAIGN.CLOSED_AT.isNull() : CAMPAIGN.CLOSED_AT.isNotNull();
		if (after != null) {
			where = where.and(CAMPAIGN.ID.lt(after));
		}
		return select(where).orderBy(CAMPAIGN.ID.desc()).limit(limit + 1).fetch(Campaigns::toCampaign);
	}

	public CampaignId insert(String name, @Nullable String description, UserId owner) {
		var r = db.newRecord(CAMPAIGN);
		r.setTenantId(TenantContext.require().value());
		r.setId(Ids.next());
		r.setName(name);
		r.setDescription(description);
		r.setOwnerId(owner.value());
		r.store();
		return new CampaignId(r.getId());
	}

	/** Writes name and description if the campaign is still at {@code version}; false when someone changed it meanwhile. */
	public boolean update(CampaignId id, int version, String name, @Nullable String description) {
		return db.update(CAMPAIGN).set(CAMPAIGN.NAME, name).set(CAMPAIGN.DESCRIPTION, description).set(CAMPAIGN.VERSION, CAMPAIGN.VERSION.plus(1))
			.set(CAMPAIGN.UPDATED_AT, DSL.currentOffsetDateTime())
			.where(CAMPAIGN.ID.eq(id.value()).and(CAMPAIGN.VERSION.eq(version)).and(CAMPAIGN.DELETED_AT.isNull())).execute() == 1;
	}

	/** Closes (or reopens) the campaign; a campaign already so is left as it is. */
	public void close(CampaignId id, boolean closed) {
		db.update(CAMPAIGN).set(CAMPAIGN.CLOSED_AT, closed ? DSL.currentOffsetDateTime() : DSL.castNull(CAMPAIGN.CLOSED_AT))
			.set(CAMPAIGN.VERSION, CAMPAIGN.VERSION.plus(1)).set(CAMPAIGN.UPDATED_AT, DSL.currentOffsetDateTime())
			.where(CAMPAIGN.ID.eq(id.value()).and(CAMPAIGN.DELETED_AT.isNull())
				.and(closed ? CAMPAIGN.CLOSED_AT.isNull() : CAMPAIGN.CLOSED_AT.isNotNull())).execute();
	}

	public boolean softDelete(CampaignId id) {
		return db.update(CAMPAIGN).set(CAMPAIGN.DELETED_AT, DSL.currentOffsetDateTime()).set(CAMPAIGN.VERSION, CAMPAIGN.VERSION.plus(1))
			.where(CAMPAIGN.ID.eq(id.value()).and(CAMPAIGN.DELETED_AT.isNull())).execute() == 1;
	}

	/** The names of live campaigns by id. */
	public java.util.Map<UUID, String> names(java.util.Collection<UUID> ids) {
		return db.select(CAMPAIGN.ID, CAMPAIGN.NAME).from(CAMPAIGN).where(CAMPAIGN.ID.in(ids).and(CAMPAIGN.DELETED_AT.isNull()))
			.fetchMap(CAMPAIGN.ID, CAMPAIGN.NAME);
	}

	private org.jooq.SelectHavingStep<Record> select(Condition where) {
		return db.select(CAMPAIGN.fields()).select(MEMBERS, OPEN, DONE).from(CAMPAIGN).leftJoin(CAMPAIGN_MEMBER)
			.on(CAMPAIGN_MEMBER.TENANT_ID.eq(CAMPAIGN.TENANT_ID).and(CAMPAIGN_MEMBER.CAMPAIGN_ID.eq(CAMPAIGN.ID))
				.and(CAMPAIGN_MEMBER.REMOVED_AT.isNull()))
			.where(CAMPAIGN.DELETED_AT.isNull().and(where)).groupBy(CAMPAIGN.TENANT_ID, CAMPAIGN.ID);
	}

	private static Field<Integer> count(Condition which) {
		return DSL.count(CAMPAIGN_MEMBER.ID).filterWhere(which);
	}

	private static Campaign toCampaign(Record r) {
		var c = r.into(CAMPAIGN);
		return new Campaign(new CampaignId(c.getId()), c.getName(), c.getDescription(), new UserId(c.getOwnerId()),
				c.getClosedAt() == null ? null : c.getClosedAt().toInstant(), r.get(MEMBERS), r.get(OPEN), r.get(DONE),
				c.getCreatedAt().toInstant(), c.getUpdatedAt().toInstant(), c.getVersion());
	}
}
