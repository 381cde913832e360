package org.nordcrm.campaigns.internal;

import static org.nordcrm.jooq.Tables.CAMPAIGN_MEMBER;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.nordcrm.campaigns.CampaignId;
import org.nordcrm.campaigns.Member;
import org.nordcrm.campaigns.MemberId;
import org.nordcrm.campaigns.MemberState;
import org.nordcrm.campaigns.Outcome;
import org.nordcrm.jooq.tables.records.CampaignMemberRecord;
import org.nordcrm.security.UserId;
import org.nordcrm.shared.Ids;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Repository;

/** The members of campaigns; removed ones are never read. Names of their records are filled in by the caller. */
@Repository
public class Members {

	private final DSLContext db;

	Members(DSLContext db) {
		this.db = db;
	}

	public Optional<Member> find(CampaignId campaign, MemberId id) {
		return db.selectFrom(CAMPAIGN_MEMBER).where(live(campaign).and(CAMPAIGN_MEMBER.ID.eq(id.value()))).fetchOptional(Members::toMember);
	}

	/** These members of the campaign, in list order. */
	public List<Member> all(CampaignId campaign, List<MemberId> ids) {
		return db.selectFrom(CAMPAIGN_MEMBER).where(live(campaign).and(CAMPAIGN_MEMBER.ID.in(ids.stream().map(MemberId::value).toList())))
			.orderBy(CAMPAIGN_MEMBER.POSITION).fetch(Members::toMember);
	}

	/** A page of a campaign's members in call-list order (position); {@code limit + 1} rows, to tell whether more exist. */
	public List<Member> page(CampaignId campaign, int afterPosition, int limit) {
		return db.selectFrom(CAMPAIGN_MEMBER).where(live(campaign).and(CAMPAIGN_MEMBER.POSITION.gt(afterPosition)))
			.orderBy(CAMPAIGN_MEMBER.POSITION, CAMPAIGN_MEMBER.ID).limit(limit + 1).fetch(Members::toMember);
	}

	/** The members due now in the order they are called: never called or next call time first, then position. */
	public List<Member> due(CampaignId campaign, int limit) {
		return db.selectFrom(CAMPAIGN_MEMBER).where(live(campaign).and(DUE))
			.orderBy(CAMPAIGN_MEMBER.NEXT_CALL_AT.asc().nullsFirst(), CAMPAIGN_MEMBER.POSITION, CAMPAIGN_MEMBER.ID).limit(limit)
			.fetch(Members::toMember);
	}

	public int countDue(CampaignId campaign) {
		return db.fetchCount(CAMPAIGN_MEMBER, live(campaign).and(DUE));
	}

	/** The record's memberships, newest first. */
	public List<Member> ofRecord(UUID record) {
		return db.selectFrom(CAMPAIGN_MEMBER).where(CAMPAIGN_MEMBER.RECORD_ID.eq(record).and(CAMPAIGN_MEMBER.REMOVED_AT.isNull()))
			.orderBy(CAMPAIGN_MEMBER.ID.desc()).fetch(Members::toMember);
	}

	/**
	 * Adds the records at the end of the list, in the order given; a record already in is skipped, a removed one comes
	 * back at the end, open and not yet called again. Returns the members added.
	 */
	public List<MemberId> add(CampaignId campaign, List<org.nordcrm.campaigns.MemberRecord> records) {
		if (records.isEmpty()) {
			return List.of();
		}
		var tenant = TenantContext.require().value();
		int position = db.select(DSL.coalesce(DSL.max(CAMPAIGN_MEMBER.POSITION), 0)).from(CAMPAIGN_MEMBER)
			.where(CAMPAIGN_MEMBER.CAMPAIGN_ID.eq(campaign.value())).fetchOne(0, int.class);
		// one statement: new records are inserted, removed members come back, live ones are left as they are (their
		// places in the order stay free)
		var insert = db.insertInto(CAMPAIGN_MEMBER, CAMPAIGN_MEMBER.TENANT_ID, CAMPAIGN_MEMBER.ID, CAMPAIGN_MEMBER.CAMPAIGN_ID,
				CAMPAIGN_MEMBER.RECORD_KIND, CAMPAIGN_MEMBER.RECORD_ID, CAMPAIGN_MEMBER.POSITION);
		for (var r : records) {
			insert = insert.values(tenant, Ids.next(), campaign.value(), r.kind(), r.id(), ++position);
		}
		var excluded = DSL.excluded(CAMPAIGN_MEMBER.POSITION);
		var added = insert
			.onConflict(CAMPAIGN_MEMBER.TENANT_ID, CAMPAIGN_MEMBER.CAMPAIGN_ID, CAMPAIGN_MEMBER.RECORD_KIND, CAMPAIGN_MEMBER.RECORD_ID)
			.doUpdate().set(CAMPAIGN_MEMBER.REMOVED_AT, DSL.castNull(CAMPAIGN_MEMBER.REMOVED_AT))
			.set(CAMPAIGN_MEMBER.POSITION, excluded).set(CAMPAIGN_MEMBER.STATE, MemberState.OPEN.name())
			.set(CAMPAIGN_MEMBER.NEXT_CALL_AT, DSL.castNull(CAMPAIGN_MEMBER.NEXT_CALL_AT))
			.set(CAMPAIGN_MEMBER.VERSION, CAMPAIGN_MEMBER.VERSION.plus(1)).set(CAMPAIGN_MEMBER.UPDATED_AT, DSL.currentOffsetDateTime())
			.where(CAMPAIGN_MEMBER.REMOVED_AT.isNotNull())
			.returning(CAMPAIGN_MEMBER.ID, CAMPAIGN_MEMBER.POSITION).fetch();
		// in the order given
		return added.sortAsc(CAMPAIGN_MEMBER.POSITION).map(r -> new MemberId(r.getId()));
	}

	public boolean remove(CampaignId campaign, MemberId id) {
		return db.update(CAMPAIGN_MEMBER).set(CAMPAIGN_MEMBER.REMOVED_AT, DSL.currentOffsetDateTime())
			.set(CAMPAIGN_MEMBER.VERSION, CAMPAIGN_MEMBER.VERSION.plus(1)).set(CAMPAIGN_MEMBER.UPDATED_AT, DSL.currentOffsetDateTime())
			.where(live(campaign).and(CAMPAIGN_MEMBER.ID.eq(id.value()))).execute() == 1;
	}

	/** Writes a call's outcome on the member if it is still at {@code version}; false when someone else called meanwhile. */
	public boolean called(MemberId id, int version, Outcome outcome, @Nullable Instant next, UserId by) {
		var state = outcome.endsCalling() ? MemberState.DONE : MemberState.OPEN;
		return db.update(CAMPAIGN_MEMBER).set(CAMPAIGN_MEMBER.STATE, state.name()).set(CAMPAIGN_MEMBER.NEXT_CALL_AT, at(next))
			.set(CAMPAIGN_MEMBER.LAST_OUTCOME, outcome.name()).set(CAMPAIGN_MEMBER.LAST_CALLED_AT, DSL.currentOffsetDateTime())
			.set(CAMPAIGN_MEMBER.LAST_CALLED_BY, by.value()).set(CAMPAIGN_MEMBER.CALLS, CAMPAIGN_MEMBER.CALLS.plus(1))
			.set(CAMPAIGN_MEMBER.VERSION, CAMPAIGN_MEMBER.VERSION.plus(1)).set(CAMPAIGN_MEMBER.UPDATED_AT, DSL.currentOffsetDateTime())
			.where(CAMPAIGN_MEMBER.ID.eq(id.value()).and(CAMPAIGN_MEMBER.VERSION.eq(version)).and(CAMPAIGN_MEMBER.REMOVED_AT.isNull()))
			.execute() == 1;
	}

	/** An erased record leaves every campaign (its rows go, with its calls first); returns the member ids removed. */
	public List<UUID> erase(UUID record) {
		return db.deleteFrom(CAMPAIGN_MEMBER).where(CAMPAIGN_MEMBER.RECORD_ID.eq(record)).returning(CAMPAIGN_MEMBER.ID)
			.fetch(CAMPAIGN_MEMBER.ID);
	}

	private static final Condition DUE = CAMPAIGN_MEMBER.STATE.eq(MemberState.OPEN.name())
		.and(CAMPAIGN_MEMBER.NEXT_CALL_AT.isNull().or(CAMPAIGN_MEMBER.NEXT_CALL_AT.le(DSL.currentOffsetDateTime())));

	private static Condition live(CampaignId campaign) {
		return CAMPAIGN_MEMBER.CAMPAIGN_ID.eq(campaign.value()).and(CAMPAIGN_MEMBER.REMOVED_AT.isNull());
	}

	private static @Nullable OffsetDateTime at(@Nullable Instant i) {
		return i == null ? null : i.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime t) {
		return t == null ? null : t.toInstant();
	}

	static Member toMember(CampaignMemberRecord m) {
		return new Member(new MemberId(m.getId()), new CampaignId(m.getCampaignId()), m.getRecordKind(), m.getRecordId(), null,
				m.getPosition(), MemberState.valueOf(m.getState()), instant(m.getNextCallAt()),
				m.getLastOutcome() == null ? null : Outcome.valueOf(m.getLastOutcome()), instant(m.getLastCalledAt()),
				m.getLastCalledBy() == null ? null : new UserId(m.getLastCalledBy()), m.getCalls(), m.getVersion());
	}
}
