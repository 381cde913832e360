package org.nordcrm.contacts.internal;

import static org.nordcrm.jooq.Tables.PERSON_COMPANY;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.merging.MergeParticipant;
import org.springframework.stereotype.Component;

/**
 * When two companies merge, their contact persons go to the survivor. A person linked to both keeps only the
 * survivor's link in view; the other link stays with the merged-away company, to come back if the merge is undone.
 */
@Component
class CompanyContactsMerge implements MergeParticipant {

	private final DSLContext db;

	CompanyContactsMerge(DSLContext db) {
		this.db = db;
	}

	@Override
	public String name() {
		return "contacts.links";
	}

	@Override
	public boolean handles(String kind) {
		return kind.equals(CompanyManagement.KIND);
	}

	@Override
	public List<String> move(String kind, UUID from, UUID to) {
		var t = PERSON_COMPANY.as("t");
		return PersonMerge.strings(db.update(PERSON_COMPANY).set(PERSON_COMPANY.COMPANY_ID, to)
			.set(PERSON_COMPANY.VERSION, PERSON_COMPANY.VERSION.plus(1))
			.where(PERSON_COMPANY.COMPANY_ID.eq(from))
			.andNotExists(db.selectOne().from(t).where(t.COMPANY_ID.eq(to).and(t.PERSON_ID.eq(PERSON_COMPANY.PERSON_ID))))
			.returning(PERSON_COMPANY.ID).fetch(PERSON_COMPANY.ID));
	}

	@Override
	public void moveBack(String kind, UUID from, UUID to, List<String> moved) {
		if (!moved.isEmpty()) {
			db.update(PERSON_COMPANY).set(PERSON_COMPANY.COMPANY_ID, from).set(PERSON_COMPANY.VERSION, PERSON_COMPANY.VERSION.plus(1))
				.where(PERSON_COMPANY.ID.in(PersonMerge.uuids(moved)).and(PERSON_COMPANY.COMPANY_ID.eq(to))).execute();
		}
	}
}
