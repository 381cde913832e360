package org.nordcrm.merging;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.nordcrm.tenancy.TenantContext;

/**
 * A table linking a record to register entries (categories, products of interest): in a merge the survivor gets
 * the other record's entries it lacks, and loses exactly those again when the merge is undone.
 */
public record LinkRows(DSLContext db, Table<?> table, Field<UUID> owner, Field<UUID> entry) {

	/** Gives {@code survivor} the entries {@code other} has and it lacks; returns those added. */
	public List<String> addMissing(UUID survivor, UUID other) {
		var have = db.select(entry).from(table).where(owner.eq(survivor)).fetch(entry);
		var added = db.select(entry).from(table).where(owner.eq(other)).fetch(entry).stream()
			.filter(e -> !have.contains(e)).toList();
		var tenant = DSL.field(DSL.name("tenant_id"), UUID.class);
		for (var e : added) {
			db.insertInto(table).set(tenant, TenantContext.require().value()).set(owner, survivor).set(entry, e).execute();
		}
		return added.stream().map(UUID::toString).toList();
	}

	/** Takes the entries a merge added off {@code survivor} again. */
	public void remove(UUID survivor, List<String> added) {
		if (!added.isEmpty()) {
			db.deleteFrom(table).where(owner.eq(survivor).and(entry.in(added.stream().map(UUID::fromString).toList()))).execute();
		}
	}
}
