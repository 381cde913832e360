package org.nordcrm.campaigns;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.campaigns.internal.Calls;
import org.nordcrm.campaigns.internal.Campaigns;
import org.nordcrm.campaigns.internal.Effects;
import org.nordcrm.campaigns.internal.Members;
import org.nordcrm.campaigns.internal.Records;
import org.nordcrm.security.UserId;
import org.nordcrm.shared.Checks;
import org.nordcrm.shared.CursorPage;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns of the current tenant and their call lists. Members are companies and persons (leads or customers) of
 * the tenant, checked live through their modules; a call's outcome is written on the member only if no one else
 * called it meanwhile (its version), and with what it leads to (a task, an appointment) or not at all.
 */
@Service
@Transactional
public class CampaignManagement {

	public static final String KIND = "campaign";
	public static final String CALL = "call";
	public static final int MAX_NAME = 200;
	public static final int MAX_DESCRIPTION = 10_000;
	/** The most records added in one go. */
	public static final int MAX_ADD = CursorPage.MAX_LIMIT;

	/** What an add did: the members added, and how many records were in already. */
	public record Added(List<Member> added, int skipped) {
	}

	private final Campaigns campaigns;
	private final Members members;
	private final Calls calls;
	private final Records records;
	private final Effects effects;

	CampaignManagement(Campaigns campaigns, Members members, Calls calls, Records records, Effects effects) {
		this.campaigns = campaigns;
		this.members = members;
		this.calls = calls;
		this.records = records;
		this.effects = effects;
	}

	@Transactional(readOnly = true)
	public Campaign get(CampaignId id) {
		return campaigns.find(id).orElseThrow(() -> new RecordNotFound(KIND, id));
	}

	/** The campaigns to show in a list: active ones by name, then closed ones when asked for. */
	@Transactional(readOnly = true)
	public List<Campaign> list(boolean closedToo, int limit) {
		return campaigns.list(closedToo, limit);
	}

	@Transactional(readOnly = true)
	public CursorPage<Campaign> page(@Nullable Boolean active, @Nullable String after, @Nullable Integer limit) {
		int n = CursorPage.limit(limit);
		return CursorPage.of(campaigns.page(active, CursorPage.uuid(after), n), n, c -> c.id().toString());
	}

	public Campaign create(CampaignInput in) {
		var checks = new Checks();
		var name = checks.required("name", in.name(), MAX_NAME);
		var description = checks.optional("description", in.description(), MAX_DESCRIPTION);
		var actor = TenantContext.actor();
		if (actor == null) {
			checks.error(null, "validation.required");
		}
		checks.done();
		return get(campaigns.insert(name, description, new UserId(actor)));
	}

	/** Changes name and description (null keeps a field, an empty description clears it); a stale version is refused. */
	public Campaign update(CampaignId id, CampaignInput in) {
		var current = get(id);
		var checks = new Checks();
		var name = in.name() == null ? current.name() : checks.required("name", in.name(), MAX_NAME);
		var description = in.description() == null ? current.description() : checks.optional("description", in.description(), MAX_DESCRIPTION);
		checks.done();
		if (!campaigns.update(id, in.version() == null ? current.version() : in.version(), name, description)) {
			throw InvalidInput.of(null, "record.error.changedMeanwhile");
		}
		return get(id);
	}

	/** Closes a campaign (its call list stops) or opens it again. */
	public Campaign close(CampaignId id, boolean closed) {
		get(id);
		campaigns.close(id, closed);
		return get(id);
	}

	public void delete(CampaignId id) {
		get(id);
		campaigns.softDelete(id);
	}

	/** A page of the members in list order, with their records' names; the cursor is a position. */
	@Transactional(readOnly = true)
	public CursorPage<Member> members(CampaignId id, @Nullable String after, @Nullable Integer limit) {
		get(id);
		int n = CursorPage.limit(limit);
		int from;
		try {
			from = after == null || after.isBlank() ? 0 : Integer.parseInt(after.strip());
		}
		catch (NumberFormatException e) {
			throw InvalidInput.of("after", "validation.cursor");
		}
		return CursorPage.of(named(members.page(id, from, n)), n, m -> Integer.toString(m.position()));
	}

	@Transactional(readOnly = true)
	public Member member(CampaignId campaign, MemberId id) {
		get(campaign);
		return named(List.of(found(campaign, id))).getFirst();
	}

	private Member found(CampaignId campaign, MemberId id) {
		return members.find(campaign, id).orElseThrow(() -> new RecordNotFound("campaignMember", id));
	}

	/**
	 * Adds records at the end of the call list, in the order given. A record already in is skipped (counted); an
	 * unknown one, a deleted one or another tenant's is not found, and then none is added.
	 */
	public Added add(CampaignId id, @Nullable List<RecordRef> refs) {
		get(id);
		var checks = new Checks();
		if (refs == null || refs.isEmpty()) {
			checks.error("records", "campaigns.error.noneChosen");
		}
		else if (refs.size() > MAX_ADD) {
			checks.error("records", "validation.tooMany", MAX_ADD);
		}
		checks.done();
		for (int i = 0; i < refs.size(); i++) {
			var ref = refs.get(i);
			if (ref == null || ref.id() == null || ref.kind() == null || ref.kind().isBlank()) {
				checks.error("records[" + i + "]", "validation.required");
			}
		}
		checks.done();
		var live = records.findAll(refs.stream().map(RecordRef::id).toList());
		var found = new LinkedHashMap<UUID, MemberRecord>();
		for (var ref : refs) {
			var record = live.get(ref.id());
			if (record == null || !record.kind().equals(ref.kind().strip())) {
				throw new RecordNotFound(ref.kind(), ref.id());
			}
			found.putIfAbsent(record.id(), record);
		}
		return added(id, found.values().stream().toList(), refs.size());
	}

	/** Adds records known by id alone (as a record picker gives them): a company, else a person. */
	public Added addIds(CampaignId id, @Nullable List<UUID> ids) {
		get(id);
		if (ids == null || ids.isEmpty()) {
			throw InvalidInput.of("ids", "campaigns.error.noneChosen");
		}
		if (ids.size() > MAX_ADD) {
			throw InvalidInput.of("ids", "validation.tooMany", MAX_ADD);
		}
		var live = records.findAll(ids);
		var found = new LinkedHashMap<UUID, MemberRecord>();
		for (var i : ids) {
			var record = live.get(i);
			if (record == null) {
				throw InvalidInput.of("ids", "validation.unknown");
			}
			found.putIfAbsent(i, record);
		}
		return added(id, found.values().stream().toList(), ids.size());
	}

	public void remove(CampaignId campaign, MemberId id) {
		member(campaign, id);
		members.remove(campaign, id);
	}

	/** The member to call now: the open one due first whose record is still there; empty when none is due or the campaign is closed. */
	@Transactional(readOnly = true)
	public Optional<Member> next(CampaignId id) {
		if (!get(id).active()) {
			return Optional.empty();
		}
		return named(members.due(id, 50)).stream().filter(m -> m.recordName() != null).findFirst();
	}

	/** How many members are due now. */
	@Transactional(readOnly = true)
	public int due(CampaignId id) {
		get(id);
		return members.countDue(id);
	}

	/**
	 * Records a call's outcome on a member: no answer keeps it open, due again after a pause; call back keeps it open,
	 * due at the time agreed, with a task for the caller then; not interested ends it; meeting booked ends it with an
	 * appointment. Refused as a whole when the input is bad, the campaign closed or someone called the member meanwhile.
	 */
	public Call record(CampaignId campaign, MemberId id, OutcomeInput in) {
		var theCampaign = get(campaign);
		var member = found(campaign, id);
		var read = effects.read(in);
		if (!theCampaign.active()) {
			throw InvalidInput.of(null, "campaigns.error.closed");
		}
		if (member.state() == MemberState.DONE) {
			throw InvalidInput.of(null, "campaigns.error.done");
		}
		var record = records.find(member.recordKind(), member.recordId())
			.orElseThrow(() -> new RecordNotFound(member.recordKind(), member.recordId()));
		var actor = TenantContext.actor();
		if (actor == null) {
			throw InvalidInput.of(null, "validation.required");
		}
		var caller = new UserId(actor);
		if (!members.called(id, in.version() == null ? member.version() : in.version(), read.outcome(),
				read.next(Instant.now(), effects.retry()), caller)) {
			throw InvalidInput.of(null, "campaigns.error.calledMeanwhile");
		}
		var task = read.outcome() == Outcome.CALL_BACK ? effects.callBackTask(record, theCampaign.name(), read.callBack(), read.comment(), caller) : null;
		var appointment = read.outcome() == Outcome.MEETING_BOOKED
				? effects.meeting(record, theCampaign.name(), read.meetingStart(), read.meetingEnd(), read.comment(), caller) : null;
		return calls.insert(new Call(id.value(), campaign, id, record.kind(), record.id(), read.outcome(),
				read.callBack() == null ? null : read.callBack().at(), read.meetingStart(), read.meetingEnd(), read.comment(), task,
				appointment, caller, Instant.now()));
	}

	/** A member's calls, newest first. */
	@Transactional(readOnly = true)
	public List<Call> calls(CampaignId campaign, MemberId id, int limit) {
		member(campaign, id);
		return calls.ofMember(id, limit);
	}

	/** A record's calls from every campaign, newest first, before {@code before} when given. */
	@Transactional(readOnly = true)
	public List<Call> callsOf(UUID record, @Nullable Instant before, int limit) {
		return calls.ofRecord(record, before, limit);
	}

	/** The campaigns a record is in (live ones), each with its membership. */
	@Transactional(readOnly = true)
	public List<Membership> membershipsOf(UUID record) {
		var all = members.ofRecord(record);
		var names = campaigns.names(all.stream().map(m -> m.campaignId().value()).toList());
		return all.stream().filter(m -> names.containsKey(m.campaignId().value()))
			.map(m -> new Membership(m.campaignId(), names.get(m.campaignId().value()), m)).toList();
	}

	/** The names of campaigns by id (live ones). */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, String> names(java.util.Collection<UUID> ids) {
		return ids.isEmpty() ? java.util.Map.of() : campaigns.names(ids);
	}

	/** A live record campaigns can hold, by kind and id. */
	@Transactional(readOnly = true)
	public Optional<MemberRecord> record(String kind, UUID id) {
		return records.find(kind, id);
	}

	private Added added(CampaignId id, List<MemberRecord> found, int asked) {
		var added = named(members.all(id, members.add(id, found)));
		return new Added(added, asked - added.size());
	}

	private List<Member> named(List<Member> list) {
		var names = records.names(list.stream().map(Member::recordId).toList());
		return list.stream().map(m -> m.named(names.get(m.recordId()))).toList();
	}
}
