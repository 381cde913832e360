package org.nordcrm.companies.internal;

import java.util.HashMap;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;

import org.jooq.DSLContext;
import org.nordcrm.companies.Company;
import org.nordcrm.companies.CompanyFilter;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.shell.DuplicateReason;
import org.nordcrm.shell.DuplicateScan;
import org.nordcrm.shell.LikelyPair;
import org.nordcrm.shell.UnorderedPairs;
import org.nordcrm.shell.UnorderedPairs.Pair;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Likely pairs of live companies: the same organisation number, then the same e-mail address or phone, then a
 * similar name in the same visiting or postal postcode. Exact reasons group equal values in one pass; names are
 * compared only within a block of the same postcode and the same first four letters of the name (a leading legal
 * form such as "AS" left out), so the work grows with the data, not with its square. The price: two names whose
 * beginnings differ (words swapped, a typo in the first letters) are not found by name.
 */
@Component
@Transactional(readOnly = true)
class CompanyDuplicateScan implements DuplicateScan {

	/** A legal form or punctuation at the start of a name, left out of its block key. */
	static final String LEADING_FORM = "^[^[:alnum:]]*((as|asa|ab|ans|da|ba|sa|nuf|oy|aps|ltd)[^[:alnum:]]+)?";

	private static final String SAME_NUMBER = UnorderedPairs.pairsWithin("""
			select array_agg(id) ids, count(*) n from company
			where deleted_at is null and not is_lead and organisation_number is not null
			group by organisation_number having count(*) > 1""");

	/** Grouped by value first (one hash aggregate), then a company with the same phone and mobile counted once. */
	private static final String SAME_EMAIL_OR_PHONE = UnorderedPairs.pairsWithin("""
			select array_agg(distinct id) ids, count(distinct id) n from (
			  select x.v, array_agg(c.id) ids from company c, lateral (values (lower(c.email)), (c.phone), (c.mobile)) x (v)
			  where c.deleted_at is null and not c.is_lead and x.v is not null
			  group by x.v having count(*) > 1) g, unnest(g.ids) id
			group by g.v having count(distinct id) > 1""");

	private static final String SIMILAR_NAME = """
			select a.id, b.id from (
			  select array_agg(id) ids, array_agg(name) names, count(*) n from (
			    select distinct replace(x.postcode, ' ', '') postcode, left(regexp_replace(lower(c.name), ?, ''), 4) k,
			      c.id, lower(c.name) name
			    from company c, lateral (values (c.visit_postcode), (c.postal_postcode)) x (postcode)
			    where c.deleted_at is null and not c.is_lead and x.postcode is not null) d
			  group by postcode, k having count(*) > 1
			  order by n) g,
			  unnest(g.ids, g.names) with ordinality a (id, name, i),
			  unnest(g.ids, g.names) with ordinality b (id, name, j)
			where a.i < b.j and similarity(a.name, b.name) >= ?
			order by g.n limit ?""";

	/** The reasons {@link #REASONS} tells, in the order of its columns after the two ids. */
	private static final List<DuplicateReason> REASON_COLUMNS = List.of(DuplicateReason.SAME_ORGANISATION_NUMBER,
			DuplicateReason.SAME_EMAIL, DuplicateReason.SAME_PHONE, DuplicateReason.SIMILAR_NAME_SAME_POSTCODE);

	private static final String REASONS = """
			select a.id, b.id,
			  coalesce(a.organisation_number = b.organisation_number, false),
			  coalesce(lower(a.email) = lower(b.email), false),
			  array[a.phone, a.mobile] && array[b.phone, b.mobile],
			  similarity(lower(a.name), lower(b.name)) >= ?
			    and array[replace(a.visit_postcode, ' ', ''), replace(a.postal_postcode, ' ', '')]
			      && array[replace(b.visit_postcode, ' ', ''), replace(b.postal_postcode, ' ', '')]
			from unnest(?, ?) p (a, b) join company a on a.id = p.a join company b on b.id = p.b""";

	private final DSLContext db;
	private final Companies companies;

	CompanyDuplicateScan(DSLContext db, Companies companies) {
		this.db = db;
		this.companies = companies;
	}

	@Override
	public String kind() {
		return CompanyManagement.KIND;
	}

	@Override
	public List<LikelyPair> scan(int limit) {
		db.execute(UnorderedPairs.ROOM_TO_GROUP);
		var found = new UnorderedPairs(limit)
			.add(n -> pairs(SAME_NUMBER, n))
			.add(n -> pairs(SAME_EMAIL_OR_PHONE, n))
			.add(n -> pairs(SIMILAR_NAME, LEADING_FORM, Companies.NAME_SIMILARITY, n));
		if (found.pairs().isEmpty()) {
			return List.of();
		}
		var byId = new HashMap<UUID, Company>();
		companies.findAll(found.ids(), CompanyFilter.NONE).forEach(c -> byId.put(c.id().value(), c));
		return db.fetch(REASONS, Companies.NAME_SIMILARITY, found.firsts(), found.seconds())
			.map(r -> new LikelyPair(kind(), side(byId.get(r.get(0, UUID.class))), side(byId.get(r.get(1, UUID.class))),
					DuplicateReason.holding(REASON_COLUMNS, i -> r.get(2 + i, Boolean.class))))
			.stream().sorted(LikelyPair.STRONGEST_FIRST).toList();
	}

	private List<Pair> pairs(String sql, Object... bindings) {
		return db.fetch(sql, bindings).map(r -> Pair.of(r.get(0, UUID.class), r.get(1, UUID.class)));
	}

	private static LikelyPair.Side side(Company c) {
		var detail = new StringJoiner(" · ");
		detail.add(String.valueOf(c.customerNumber()));
		var address = c.visitingAddress().postcode() != null ? c.visitingAddress() : c.postalAddress();
		if (address.place() != null) {
			detail.add(address.place());
		}
		return new LikelyPair.Side(c.id().value(), c.name(), detail.toString(), "/companies/" + c.id().value());
	}
}
