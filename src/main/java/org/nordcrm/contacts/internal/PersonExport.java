package org.nordcrm.contacts.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.Person;
import org.nordcrm.contacts.PersonFilter;
import org.nordcrm.exports.Column;
import org.nordcrm.exports.Table;
import org.nordcrm.search.SearchIndex;
import org.nordcrm.search.SearchMatch;
import org.nordcrm.security.UserId;
import org.nordcrm.security.UserManagement;
import org.nordcrm.settings.CategoryId;
import org.nordcrm.shared.PhoneNumbers;
import org.nordcrm.shell.ListExport;
import org.nordcrm.shell.SearchQuery;
import org.springframework.stereotype.Component;

/**
 * The contact persons list and the private customers list as files: what their lines show (name, workplace,
 * customer number, title, mobile, e-mail, town), each in a column of its own, and owner, birth date, registered.
 */
@Component
public class PersonExport implements ListExport {

	static final int BATCH = 500;
	static final List<Column> COLUMNS = List.of(Column.text("contact.firstName"), Column.text("contact.lastName"),
			Column.text("exports.column.workplace"), Column.number("company.customerNumber"), Column.text("contact.title"),
			Column.text("contact.mobiles"), Column.text("contact.phones"), Column.text("contact.emails"),
			Column.text("address.city"), Column.text("company.owner"), Column.date("contact.birthDate"),
			Column.date("exports.column.created"));

	private final Persons persons;
	private final ContactManagement contacts;
	private final SearchIndex index;
	private final UserManagement users;

	PersonExport(Persons persons, ContactManagement contacts, SearchIndex index, UserManagement users) {
		this.persons = persons;
		this.contacts = contacts;
		this.index = index;
		this.users = users;
	}

	@Override
	public List<String> kinds() {
		return List.of(PersonSearch.CONTACT, PersonSearch.PRIVATE);
	}

	@Override
	public Table table(SearchQuery q, int limit) {
		boolean privateCustomers = PersonSearch.PRIVATE.equals(q.kind());
		var filter = new PersonFilter(privateCustomers, q.category() == null ? null : new CategoryId(q.category()),
				q.owner() == null ? null : new UserId(q.owner()));
		// persons have no industry or status: such a filter leaves them all out, as on the page
		boolean none = q.industry() != null || q.status() != null;
		return new Table(privateCustomers ? "privateCustomers" : "contacts", ListExport.criteria(q), COLUMNS, sink -> {
			var owners = new HashMap<UUID, String>();
			users.list().forEach(u -> owners.put(u.id().value(), u.name()));
			Consumer<List<Person>> rows = batch -> {
				var workplaces = contacts.workplaces(batch);
				batch.forEach(p -> sink.accept(row(p, workplaces.get(p.id()), owners)));
			};
			if (none) {
				return;
			}
			if (q.text().isEmpty()) {
				contacts.eachByName(filter, BATCH, rows);
			}
			else {
				var ids = index.find(q.text(), List.of(ContactManagement.KIND), limit).stream().map(SearchMatch::id).toList();
				rows.accept(ids.isEmpty() ? List.of() : persons.findAll(ids, filter));
			}
		});
	}

	private static @Nullable Object[] row(Person p, @Nullable String workplace, Map<UUID, String> owners) {
		return new @Nullable Object[] { p.firstName(), p.lastName(), workplace, p.customerNumber(), p.title(),
				first(p.mobiles(), true), first(p.phones(), true), first(p.emails(), false), p.address().city(),
				p.ownerId() == null ? null : owners.get(p.ownerId().value()), p.birthDate(), p.createdAt() };
	}

	private static @Nullable String first(List<String> values, boolean phone) {
		return values.isEmpty() ? null : phone ? PhoneNumbers.international(values.getFirst()) : values.getFirst();
	}
}
