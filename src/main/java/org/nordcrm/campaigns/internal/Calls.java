package org.nordcrm.campaigns.internal;

import static org.nordcrm.jooq.Tables.CALL_OUTCOME;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.nordcrm.campaigns.Call;
import org.nordcrm.campaigns.CampaignId;
import org.nordcrm.campaigns.MemberId;
import org.nordcrm.campaigns.Outcome;
import org.nordcrm.jooq.tables.records.CallOutcomeRecord;
import org.nordcrm.security.UserId;
import org.nordcrm.shared.Ids;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Repository;

/** The calls made from call lists, each with its outcome. */
@Repository
public class Calls {

	private final DSLContext db;

	Calls(DSLContext db) {
		this.db = db;
	}

	public Call insert(Call call) {
		var r = db.newRecord(CALL_OUTCOME);
		r.setTenantId(TenantContext.require().value());
		r.setId(Ids.next());
		r.setCampaignId(call.campaignId().value());
		r.setMemberId(call.memberId().value());
		r.setRecordKind(call.recordKind());
		r.setRecordId(call.recordId());
		r.setOutcome(call.outcome().name());
		r.setCallBackAt(at(call.callBackAt()));
		r.setMeetingStart(at(call.meetingStart()));
		r.setMeetingEnd(at(call.meetingEnd()));
		r.setComment(call.comment());
		r.setTaskId(call.taskId());
		r.setAppointmentId(call.appointmentId());
		r.setByUser(call.by().value());
		r.store();
		r.refresh();
		return toCall(r);
	}

	/** A member's calls, newest first. */
	public List<Call> ofMember(MemberId member, int limit) {
		return db.selectFrom(CALL_OUTCOME).where(CALL_OUTCOME.MEMBER_ID.eq(member.value()))
			.orderBy(CALL_OUTCOME.CALLED_AT.desc(), CALL_OUTCOME.ID.desc()).limit(limit).fetch(Calls::toCall);
	}

	/** A record's calls from every campaign, newest first, before {@code before} when given. */
	public List<Call> ofRecord(UUID record, @Nullable Instant before, int limit) {
		return db.selectFrom(CALL_OUTCOME).where(CALL_OUTCOME.RECORD_ID.eq(record)
			.and(before == null ? DSL.noCondition() : CALL_OUTCOME.CALLED_AT.lt(at(before))))
			.orderBy(CALL_OUTCOME.CALLED_AT.desc(), CALL_OUTCOME.ID.desc()).limit(limit).fetch(Calls::toCall);
	}

	/** An erased record's calls go; returns their ids. */
	public List<UUID> erase(UUID record) {
		return db.deleteFrom(CALL_OUTCOME).where(CALL_OUTCOME.RECORD_ID.eq(record)).returning(CALL_OUTCOME.ID).fetch(CALL_OUTCOME.ID);
	}

	private static @Nullable OffsetDateTime at(@Nullable Instant i) {
		return i == null ? null : i.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime t) {
		return t == null ? null : t.toInstant();
	}

	private static Call toCall(CallOutcomeRecord c) {
		return new Call(c.getId(), new CampaignId(c.getCampaignId()), new MemberId(c.getMemberId()), c.getRecordKind(),
				c.getRecordId(), Outcome.valueOf(c.getOutcome()), instant(c.getCallBackAt()), instant(c.getMeetingStart()),
				instant(c.getMeetingEnd()), c.getComment(), c.getTaskId(), c.getAppointmentId(), new UserId(c.getByUser()),
				c.getCalledAt().toInstant());
	}
}
