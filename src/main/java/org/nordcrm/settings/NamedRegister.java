package org.nordcrm.settings;

import static org.nordcrm.jooq.Tables.CONTACT_ORIGIN;
import static org.nordcrm.jooq.Tables.LEAD_STATUS;
import static org.nordcrm.jooq.Tables.PRODUCT_INTEREST;
import static org.nordcrm.jooq.Tables.SOURCE;

import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

/**
 * A register whose entries are a name and nothing more: contact origins, sources and products of interest (the
 * extra info of a company). {@link Registers} reads and changes them alike; the typed ids keep them apart.
 *
 * @param <I> the entries' id
 * @param <E> an entry
 */
public final class NamedRegister<I extends EntryId, E extends NamedEntry> {

	public static final NamedRegister<ContactOriginId, ContactOrigin> ORIGINS = new NamedRegister<>("origin",
			new Rows<>(CONTACT_ORIGIN, CONTACT_ORIGIN.ID, CONTACT_ORIGIN.NAME), ContactOriginId::new, ContactOrigin::new);

	/** Also the sources of sales opportunities. */
	public static final NamedRegister<SourceId, Source> SOURCES = new NamedRegister<>("source",
			new Rows<>(SOURCE, SOURCE.ID, SOURCE.NAME), SourceId::new, Source::new);

	public static final NamedRegister<ProductInterestId, ProductInterest> PRODUCT_INTERESTS = new NamedRegister<>("product",
			new Rows<>(PRODUCT_INTEREST, PRODUCT_INTEREST.ID, PRODUCT_INTEREST.NAME), ProductInterestId::new, ProductInterest::new);

	/** The statuses of leads (module leads). */
	public static final NamedRegister<LeadStatusId, LeadStatus> LEAD_STATUSES = new NamedRegister<>("leadStatus",
			new Rows<>(LEAD_STATUS, LEAD_STATUS.ID, LEAD_STATUS.NAME), LeadStatusId::new, LeadStatus::new);

	/** The register's table and its two columns that matter. */
	record Rows<R extends UpdatableRecord<R>>(Table<R> table, TableField<R, UUID> id, TableField<R, String> name) {
	}

	private final String kind;
	private final Rows<?> rows;
	private final Function<UUID, I> id;
	private final BiFunction<I, String, E> entry;

	private NamedRegister(String kind, Rows<?> rows, Function<UUID, I> id, BiFunction<I, String, E> entry) {
		this.kind = kind;
		this.rows = rows;
		this.id = id;
		this.entry = entry;
	}

	/** The kind of record, as history and "not found" name it. */
	public String kind() {
		return kind;
	}

	public I id(UUID value) {
		return id.apply(value);
	}

	Rows<?> rows() {
		return rows;
	}

	E entry(UUID id, String name) {
		return entry.apply(id(id), name);
	}
}
