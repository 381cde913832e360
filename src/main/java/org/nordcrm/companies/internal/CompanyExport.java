package org.nordcrm.companies.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.Company;
import org.nordcrm.companies.CompanyFilter;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.exports.Column;
import org.nordcrm.exports.Money;
import org.nordcrm.exports.Table;
import org.nordcrm.search.SearchIndex;
import org.nordcrm.search.SearchMatch;
import org.nordcrm.security.UserId;
import org.nordcrm.security.UserManagement;
import org.nordcrm.settings.CategoryId;
import org.nordcrm.settings.CompanyStatusId;
import org.nordcrm.settings.IndustryId;
import org.nordcrm.settings.Registers;
import org.nordcrm.shared.PhoneNumbers;
import org.nordcrm.shell.ListExport;
import org.nordcrm.shell.SearchQuery;
import org.springframework.stereotype.Component;

/**
 * The companies list as a file: what its lines show (name and nickname, customer number, organisation number,
 * town), each in a column of its own, and the facts the card shows on top.
 */
@Component
public class CompanyExport implements ListExport {

	static final int BATCH = 500;
	static final List<Column> COLUMNS = List.of(Column.number("company.customerNumber"), Column.text("company.name"),
			Column.text("company.nickname"), Column.text("company.organisationNumber"), Column.text("address.city"),
			Column.text("company.phone"), Column.text("company.email"), Column.text("company.status"),
			Column.text("company.industry"), Column.text("company.owner"), Column.number("company.employees"),
			Column.money("company.turnover"), Column.date("exports.column.created"));

	private final Companies companies;
	private final SearchIndex index;
	private final Registers registers;
	private final UserManagement users;

	CompanyExport(Companies companies, SearchIndex index, Registers registers, UserManagement users) {
		this.companies = companies;
		this.index = index;
		this.registers = registers;
		this.users = users;
	}

	@Override
	public List<String> kinds() {
		return List.of(CompanyManagement.KIND);
	}

	@Override
	public Table table(SearchQuery q, int limit) {
		var filter = new CompanyFilter(null, q.category() == null ? null : new CategoryId(q.category()),
				q.industry() == null ? null : new IndustryId(q.industry()), q.status() == null ? null : new CompanyStatusId(q.status()),
				q.owner() == null ? null : new UserId(q.owner()));
		return new Table("companies", ListExport.criteria(q), COLUMNS, sink -> {
			var names = new Names();
			Consumer<List<Company>> rows = batch -> batch.forEach(c -> sink.accept(names.row(c)));
			if (q.text().isEmpty()) {
				companies.eachByName(filter, BATCH, rows);
			}
			else {
				var ids = index.find(q.text(), List.of(CompanyManagement.KIND), limit).stream().map(SearchMatch::id).toList();
				rows.accept(ids.isEmpty() ? List.of() : companies.findAll(ids, filter));
			}
		});
	}

	/** The names of statuses, industries and owners (a few hundred at most), read once per export. */
	private final class Names {

		private final Map<UUID, String> names = new HashMap<>();

		Names() {
			registers.statuses().forEach(s -> names.put(s.id().value(), s.name()));
			registers.industries().forEach(i -> names.put(i.id().value(), i.name()));
			users.list().forEach(u -> names.put(u.id().value(), u.name()));
		}

		@Nullable Object[] row(Company c) {
			return new @Nullable Object[] { c.customerNumber(), c.name(), c.nickname(), c.organisationNumberFormatted(), c.city(),
					c.phone() == null ? null : PhoneNumbers.international(c.phone()), c.email(),
					c.statusId() == null ? null : names.get(c.statusId().value()),
					c.industryId() == null ? null : names.get(c.industryId().value()),
					c.ownerId() == null ? null : names.get(c.ownerId().value()), c.employees(),
					c.turnover() == null ? null : new Money(c.turnover(), c.turnoverCurrency()), c.createdAt() };
		}
	}
}
