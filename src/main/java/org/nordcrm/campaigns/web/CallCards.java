package org.nordcrm.campaigns.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordcrm.campaigns.Member;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.PersonId;
import org.springframework.stereotype.Component;

/** What a caller needs to see of the record to call: how to reach it, and a company's contact persons with their phones. */
@Component
class CallCards {

	/** A way to reach the record or one of its people: a phone (E.164) or an e-mail address. */
	record Reach(String kind, String value) {
	}

	/** A contact person of a company, with their position and phones. */
	record Contact(String name, @Nullable String position, String url, List<Reach> reach) {
	}

	record CallCard(String kind, String name, String url, List<Reach> reach, @Nullable String address, List<Contact> contacts) {
	}

	private final CompanyManagement companies;
	private final ContactManagement contacts;

	CallCards(CompanyManagement companies, ContactManagement contacts) {
		this.companies = companies;
		this.contacts = contacts;
	}

	@Nullable CallCard of(Member member) {
		if (CompanyManagement.KIND.equals(member.recordKind())) {
			var c = companies.find(new CompanyId(member.recordId())).orElse(null);
			if (c == null) {
				return null;
			}
			var reach = new ArrayList<Reach>();
			phone(reach, c.phone());
			phone(reach, c.mobile());
			mail(reach, c.email());
			var people = contacts.contactsOf(c.id()).stream().map(a -> {
				var p = a.person();
				var r = new ArrayList<Reach>();
				phone(r, a.link().workPhone());
				p.mobiles().forEach(m -> phone(r, m));
				p.phones().forEach(m -> phone(r, m));
				mail(r, a.link().workEmail());
				return new Contact(p.name(), a.link().position(), "/contacts/" + p.id(), r);
			}).toList();
			var address = c.visitingAddress().isEmpty() ? c.postalAddress() : c.visitingAddress();
			return new CallCard(member.recordKind(), c.name(), "/companies/" + c.id(), reach, address.isEmpty() ? null : address.oneLine(), people);
		}
		var p = contacts.find(new PersonId(member.recordId())).orElse(null);
		if (p == null) {
			return null;
		}
		var reach = new ArrayList<Reach>();
		p.mobiles().forEach(m -> phone(reach, m));
		p.phones().forEach(m -> phone(reach, m));
		p.emails().forEach(m -> mail(reach, m));
		return new CallCard(member.recordKind(), p.name(), "/contacts/" + p.id(), reach, p.address().isEmpty() ? null : p.address().oneLine(),
				List.of());
	}

	private static void phone(List<Reach> reach, @Nullable String value) {
		if (value != null && !value.isBlank() && reach.stream().noneMatch(r -> r.value().equals(value))) {
			reach.add(new Reach("tel", value));
		}
	}

	private static void mail(List<Reach> reach, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			reach.add(new Reach("mailto", value));
		}
	}
}
