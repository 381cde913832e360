package org.nordcrm.campaigns.internal;

import static org.nordcrm.jooq.Tables.CALL_OUTCOME;
import static org.nordcrm.jooq.Tables.CAMPAIGN_MEMBER;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.merging.MergeParticipant;
import org.springframework.stereotype.Component;

/**
 * When two companies or two persons merge, the other's calls and its places in campaigns go to the survivor (a place
 * in a campaign the survivor is already in stays with the hidden record); an undo takes exactly those back.
 */
@Component
class MembersMerge implements MergeParticipant {

	private static final String CALL = "call:", MEMBER = "member:";

	private final DSLContext db;

	MembersMerge(DSLContext db) {
		this.db = db;
	}

	@Override
	public String name() {
		return "campaigns.members";
	}

	@Override
	public boolean handles(String kind) {
		return kind.equals(CompanyManagement.KIND) || kind.equals(ContactManagement.KIND);
	}

	@Override
	public List<String> move(String kind, UUID from, UUID to) {
		var moved = new ArrayList<String>();
		db.update(CALL_OUTCOME).set(CALL_OUTCOME.RECORD_ID, to).where(CALL_OUTCOME.RECORD_ID.eq(from))
			.returning(CALL_OUTCOME.ID).fetch(CALL_OUTCOME.ID).forEach(id -> moved.add(CALL + id));
		var other = CAMPAIGN_MEMBER.as("other");
		db.update(CAMPAIGN_MEMBER).set(CAMPAIGN_MEMBER.RECORD_ID, to).set(CAMPAIGN_MEMBER.VERSION, CAMPAIGN_MEMBER.VERSION.plus(1))
			.where(CAMPAIGN_MEMBER.RECORD_ID.eq(from).and(DSL.notExists(DSL.selectOne().from(other)
				.where(other.CAMPAIGN_ID.eq(CAMPAIGN_MEMBER.CAMPAIGN_ID).and(other.RECORD_KIND.eq(CAMPAIGN_MEMBER.RECORD_KIND))
					.and(other.RECORD_ID.eq(to))))))
			.returning(CAMPAIGN_MEMBER.ID).fetch(CAMPAIGN_MEMBER.ID).forEach(id -> moved.add(MEMBER + id));
		return moved;
	}

	@Override
	public void moveBack(String kind, UUID from, UUID to, List<String> moved) {
		var calls = ids(moved, CALL);
		if (!calls.isEmpty()) {
			db.update(CALL_OUTCOME).set(CALL_OUTCOME.RECORD_ID, from).where(CALL_OUTCOME.ID.in(calls).and(CALL_OUTCOME.RECORD_ID.eq(to))).execute();
		}
		var members = ids(moved, MEMBER);
		if (!members.isEmpty()) {
			db.update(CAMPAIGN_MEMBER).set(CAMPAIGN_MEMBER.RECORD_ID, from).set(CAMPAIGN_MEMBER.VERSION, CAMPAIGN_MEMBER.VERSION.plus(1))
				.where(CAMPAIGN_MEMBER.ID.in(members).and(CAMPAIGN_MEMBER.RECORD_ID.eq(to))).execute();
		}
	}

	private static List<UUID> ids(List<String> moved, String prefix) {
		return moved.stream().filter(m -> m.startsWith(prefix)).map(m -> UUID.fromString(m.substring(prefix.length()))).toList();
	}
}
