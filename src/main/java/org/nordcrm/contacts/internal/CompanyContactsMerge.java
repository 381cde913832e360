package org.nordcrm.contacts.internal;

import static org.nordcrm.jooq.Tables.PERSON_COMPANY;

import java.util.List;
import java.util.UUID;

import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.merging.MergeParticipant;
import org.springframework.stereotype.Component;

/**
 * When two companies merge, their contact persons go to the survivor. A person linked to both keeps only the
 * survivor's link in view; the other link stays with the merged-away company, to come back if the merge is undone.
 */
@Component
class CompanyContactsMerge implements MergeParticipant {

	private final Links links;

	CompanyContactsMerge(Links links) {
		this.links = links;
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
		return links.move(PERSON_COMPANY.COMPANY_ID, from, to);
	}

	@Override
	public void moveBack(String kind, UUID from, UUID to, List<String> moved) {
		links.moveBack(PERSON_COMPANY.COMPANY_ID, from, to, moved);
	}
}
