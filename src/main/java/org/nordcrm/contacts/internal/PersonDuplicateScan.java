package org.nordcrm.contacts.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

import org.jooq.DSLContext;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.Person;
import org.nordcrm.contacts.PersonFilter;
import org.nordcrm.contacts.PersonId;
import org.nordcrm.shell.DuplicateReason;
import org.nordcrm.shell.DuplicateScan;
import org.nordcrm.shell.LikelyPair;
import org.nordcrm.shell.UnorderedPairs;
import org.nordcrm.shell.UnorderedPairs.Pair;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Likely pairs of live persons: the same e-mail address or phone (private ones and those of their work at a
 * company), then a similar full name in the same postcode or at the same company. Names are compared only
 * within a block (a postcode or a company) among the same first four letters of the last name, so the work
 * grows with the data, not with its square.
 */
@Component
@Transactional(readOnly = true)
class PersonDuplicateScan implements DuplicateScan {

	/**
	 * Full names are compared by trigram similarity, stricter than company names: first names are short, so the
	 * shared last name alone makes "Per Hansen" and "Pål Hansen" 0.57 alike, while "Jon Olsen" and "John Olsen"
	 * are 0.62 and "Kari Nordmann" and "Kari Nordman" 0.8.
	 */
	static final double NAME_SIMILARITY = 0.6;

	/** Each person's e-mail addresses (lower case) and phones: private ones and those of their links. */
	private static final String CHANNELS = """
			select person_id, case kind when 'EMAIL' then 'e' else 'p' end kind, lower(value) v from person_channel
			union all select person_id, 'e', lower(work_email) from person_company where work_email is not null
			union all select person_id, 'p', work_phone from person_company where work_phone is not null""";

	/** Grouped by value first; only the persons of shared values are then looked up (deleted ones left out). */
	private static final String SAME_EMAIL_OR_PHONE = UnorderedPairs.pairsWithin("""
			select array_agg(distinct p.id) ids, count(distinct p.id) n
			from (select v, array_agg(person_id) ids from (%s) c group by v having count(*) > 1) g
			  cross join unnest(g.ids) i (id) join person p on p.id = i.id
			where p.deleted_at is null and not p.is_lead
			group by g.v having count(distinct p.id) > 1""".formatted(CHANNELS));

	/** A person's blocks: their postcode and each company they are linked to. */
	private static final String SIMILAR_NAME = """
			select a.id, b.id from (
			  select array_agg(id) ids, array_agg(name) names, count(*) n from (
			    select distinct k.block, left(lower(p.last_name), 4) k, p.id, lower(p.first_name || ' ' || p.last_name) name
			    from (select id, 'p' || replace(postcode, ' ', '') block from person where postcode is not null
			          union all select person_id, 'c' || company_id from person_company) k
			    join person p on p.id = k.id
			    where p.deleted_at is null and not p.is_lead) d
			  group by block, k having count(*) > 1
			  order by n) g,
			  unnest(g.ids, g.names) with ordinality a (id, name, i),
			  unnest(g.ids, g.names) with ordinality b (id, name, j)
			where a.i < b.j and similarity(a.name, b.name) >= ?
			order by g.n limit ?""";

	private static final List<DuplicateReason> REASON_COLUMNS = List.of(DuplicateReason.SAME_EMAIL, DuplicateReason.SAME_PHONE,
			DuplicateReason.SIMILAR_NAME_SAME_POSTCODE, DuplicateReason.SIMILAR_NAME_SAME_COMPANY);

	/** Per pair: a shared e-mail, a shared phone, a similar name in the same postcode, a similar name at the same company. */
	private static final String REASONS = """
			with c as (
			  select * from (%s) c where person_id = any(?)
			  union all select person_id, 'c', company_id::text from person_company where person_id = any(?)),
			p as (
			  select p.a, p.b, similarity(lower(a.first_name || ' ' || a.last_name), lower(b.first_name || ' ' || b.last_name)) >= ? alike,
			    coalesce(replace(a.postcode, ' ', '') = replace(b.postcode, ' ', ''), false) same_postcode
			  from unnest(?, ?) p (a, b) join person a on a.id = p.a join person b on b.id = p.b)
			select p.a, p.b, %s, %s, p.alike and p.same_postcode, p.alike and %s from p"""
		.formatted(CHANNELS, shared("e"), shared("p"), shared("c"));

	/** Whether the pair {@code p} have a value of {@code kind} in common. */
	private static String shared(String kind) {
		return "exists (select 1 from c x join c y using (kind, v) where x.person_id = p.a and y.person_id = p.b and x.kind = '%s')"
			.formatted(kind);
	}

	private final DSLContext db;
	private final Persons persons;
	private final ContactManagement contacts;

	PersonDuplicateScan(DSLContext db, Persons persons, ContactManagement contacts) {
		this.db = db;
		this.persons = persons;
		this.contacts = contacts;
	}

	@Override
	public String kind() {
		return ContactManagement.KIND;
	}

	@Override
	public List<LikelyPair> scan(int limit) {
		db.execute(UnorderedPairs.ROOM_TO_GROUP);
		var found = new UnorderedPairs(limit)
			.add(n -> pairs(SAME_EMAIL_OR_PHONE, n))
			.add(n -> pairs(SIMILAR_NAME, NAME_SIMILARITY, n));
		if (found.pairs().isEmpty()) {
			return List.of();
		}
		var people = persons.findAll(found.ids(), PersonFilter.NONE);
		var workplaces = contacts.workplaces(people);
		var byId = new HashMap<UUID, LikelyPair.Side>();
		people.forEach(p -> byId.put(p.id().value(), side(p, workplaces)));
		var ids = found.ids().toArray(UUID[]::new);
		return db.fetch(REASONS, ids, ids, NAME_SIMILARITY, found.firsts(), found.seconds())
			.map(r -> new LikelyPair(kind(), byId.get(r.get(0, UUID.class)), byId.get(r.get(1, UUID.class)),
					DuplicateReason.holding(REASON_COLUMNS, i -> r.get(2 + i, Boolean.class))))
			.stream().sorted(LikelyPair.STRONGEST_FIRST).toList();
	}

	private List<Pair> pairs(String sql, Object... bindings) {
		return db.fetch(sql, bindings).map(r -> Pair.of(r.get(0, UUID.class), r.get(1, UUID.class)));
	}

	private static LikelyPair.Side side(Person p, Map<PersonId, String> workplaces) {
		var detail = new StringJoiner(" · ");
		if (p.customerNumber() != null) {
			detail.add(String.valueOf(p.customerNumber()));
		}
		var workplace = workplaces.get(p.id());
		if (workplace != null) {
			detail.add(workplace);
		}
		if (p.address().place() != null) {
			detail.add(p.address().place());
		}
		return new LikelyPair.Side(p.id().value(), p.name(), detail.toString(), "/contacts/" + p.id().value());
	}
}
