package org.nordcrm.settings;

import static org.nordcrm.jooq.Tables.NUMBER_SERIES;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.nordcrm.jooq.tables.records.NumberSeriesRecord;
import org.nordcrm.settings.internal.RegisterRows;
import org.nordcrm.shared.Ids;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.shared.TransactionBound;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customer number series: ranges of numbers handed out one at a time, never twice. Each tenant also has one lead
 * number series (module leads), kept apart: it is not among the customer series, and its range may overlap theirs.
 */
@Service
@Transactional
public class NumberSeriesManagement {

	public static final long MAX_NUMBER = 999_999_999_999L;
	static final String LEAD_SERIES = "Leads";
	static final long MAX_LEAD_NUMBER = 999_999_999L;
	private static final Condition CUSTOMERS = NUMBER_SERIES.FOR_LEADS.isFalse();

	/** The key under which a transaction is marked as taking its numbers apart ({@link #takeApart}). */
	private static final Object TAKE_APART = new Object();

	private final RegisterRows rows;
	private final TransactionTemplate apart;

	NumberSeriesManagement(RegisterRows rows, PlatformTransactionManager transactions) {
		this.rows = rows;
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Transactional(readOnly = true)
	public List<NumberSeries> list() {
		return rows.db().selectFrom(NUMBER_SERIES).where(CUSTOMERS).orderBy(NUMBER_SERIES.FIRST_NUMBER)
			.fetch(NumberSeriesManagement::series);
	}

	/** A customer number series. */
	@Transactional(readOnly = true)
	public NumberSeries find(NumberSeriesId id) {
		return rows.db().selectFrom(NUMBER_SERIES).where(NUMBER_SERIES.ID.eq(id.value()).and(CUSTOMERS))
			.fetchOptional(NumberSeriesManagement::series).orElseThrow(() -> new RecordNotFound("numberSeries", id));
	}

	/** The lead number series (made with the tenant); lead numbers are no customer numbers. */
	@Transactional(readOnly = true)
	public NumberSeries leadSeries() {
		return rows.db().selectFrom(NUMBER_SERIES).where(NUMBER_SERIES.FOR_LEADS.isTrue()).orderBy(NUMBER_SERIES.ID).limit(1)
			.fetchOptional(NumberSeriesManagement::series)
			.orElseThrow(() -> InvalidInput.of("numberSeries", "numberSeries.error.none"));
	}

	/** Makes the tenant's lead number series, 1 and up. */
	public void createLeadSeries() {
		var r = rows.db().newRecord(NUMBER_SERIES);
		r.setTenantId(TenantContext.require().value());
		r.setId(Ids.next());
		r.setName(LEAD_SERIES);
		r.setFirstNumber(1L);
		r.setLastNumber(MAX_LEAD_NUMBER);
		r.setNextNumber(1L);
		r.setIsDefault(false);
		r.setForLeads(true);
		r.store();
	}

	/** The first of {@code count} consecutive lead numbers; the whole range must fit, or nothing is taken. */
	public long allocateLeads(int count) {
		return take(leadSeries(), count);
	}

	@Transactional(readOnly = true)
	public Optional<NumberSeries> defaultSeries() {
		return list().stream().filter(NumberSeries::isDefault).findFirst();
	}

	/**
	 * Creates or changes a series. The range of a series may not overlap another's, and a changed range must
	 * still hold the numbers already handed out. The series is found before the input is checked, so a change to
	 * one that is not there (or another tenant's) is not found, whatever was sent.
	 */
	public NumberSeries save(@Nullable NumberSeriesId id, @Nullable String name, @Nullable Long first,
			@Nullable Long last, boolean isDefault) {
		return series(rows.save(NUMBER_SERIES, NUMBER_SERIES.ID, id == null ? null : id.value(), "numberSeries", r -> {
			var n = RegisterRows.name(name, RegisterRows.MAX_NAME);
			if (first == null) {
				throw InvalidInput.of("firstNumber", "NotNull");
			}
			if (first < 1 || first > MAX_NUMBER) {
				throw InvalidInput.of("firstNumber", "validation.range", 1, MAX_NUMBER);
			}
			if (last == null) {
				throw InvalidInput.of("lastNumber", "NotNull");
			}
			if (last < first || last > MAX_NUMBER) {
				throw InvalidInput.of("lastNumber", "numberSeries.error.lastBeforeFirst");
			}
			var overlapping = rows.db().fetchExists(NUMBER_SERIES, CUSTOMERS.and(NUMBER_SERIES.FIRST_NUMBER.le(last))
				.and(NUMBER_SERIES.LAST_NUMBER.ge(first))
				.and(id == null ? DSL.noCondition() : NUMBER_SERIES.ID.ne(id.value())));
			if (overlapping) {
				throw InvalidInput.of("firstNumber", "numberSeries.error.overlap");
			}
			long next = r.getNextNumber() == null ? first : Math.max(first, r.getNextNumber());
			if (next > last + 1) {
				throw InvalidInput.of("lastNumber", "numberSeries.error.belowUsed", next - 1);
			}
			if (isDefault) {
				rows.db().update(NUMBER_SERIES).set(NUMBER_SERIES.IS_DEFAULT, false)
					.where(NUMBER_SERIES.IS_DEFAULT.isTrue().and(NUMBER_SERIES.ID.ne(r.getId()))).execute();
			}
			r.setName(n);
			r.setFirstNumber(first);
			r.setLastNumber(last);
			r.setNextNumber(next);
			r.setIsDefault(isDefault);
		}));
	}

	public void delete(NumberSeriesId id) {
		var s = find(id);
		if (s.nextNumber() > s.firstNumber()) {
			throw InvalidInput.of(null, "register.error.inUse");
		}
		rows.delete(NUMBER_SERIES, NUMBER_SERIES.ID, id.value(), "numberSeries");
	}

	/**
	 * Hands out the next number of the given series, or of the default series when none is given. The row lock
	 * of the update makes concurrent callers wait, so no number is given twice; a rolled-back transaction gives
	 * its number back.
	 */
	public long allocate(@Nullable NumberSeriesId id) {
		return allocateRange(id, 1);
	}

	/**
	 * The first of {@code count} consecutive numbers taken from the series in one update (a batch of new records);
	 * the whole range must fit, or nothing is taken.
	 */
	public long allocateRange(@Nullable NumberSeriesId id, int count) {
		return take(id != null ? find(id)
				: defaultSeries().orElseThrow(() -> InvalidInput.of("numberSeries", "numberSeries.error.none")), count);
	}

	/**
	 * As {@link #allocateRange}, in a transaction of its own that ends at once: for bulk writes (imports, loads of the
	 * register). In the bulk write's long transaction the update would hold the series to its end, and everyone
	 * creating a record in it meanwhile would wait. The numbers of a bulk write that rolls back stay unused: a gap.
	 * A transaction that has allocated from the series itself must not reserve from it: it would wait for its own end.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public long reserveRange(@Nullable NumberSeriesId id, int count) {
		return allocateRange(id, count);
	}

	/** As {@link #allocateLeads}, in a transaction of its own: see {@link #reserveRange}. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public long reserveLeads(int count) {
		return allocateLeads(count);
	}

	/**
	 * From now to the end of the current transaction (a bulk write: an import), every number it takes is taken as
	 * {@link #reserveRange} takes it, in a short transaction of its own: a record made by hand meanwhile gets its number
	 * at once instead of waiting for the bulk write's end. The numbers of a bulk write that rolls back stay unused.
	 */
	public void takeApart() {
		if (TransactionBound.get(TAKE_APART, Boolean.class) == null) {
			TransactionBound.bind(TAKE_APART, Boolean.TRUE);
		}
	}

	private long take(NumberSeries series, int count) {
		return TransactionBound.get(TAKE_APART, Boolean.class) == null ? update(series, count)
				: Objects.requireNonNull(apart.execute(s -> update(series, count)));
	}

	private long update(NumberSeries series, int count) {
		return rows.db().update(NUMBER_SERIES)
			.set(NUMBER_SERIES.NEXT_NUMBER, NUMBER_SERIES.NEXT_NUMBER.plus(count))
			.where(NUMBER_SERIES.ID.eq(series.id().value())
				.and(NUMBER_SERIES.NEXT_NUMBER.plus(count - 1).le(NUMBER_SERIES.LAST_NUMBER)))
			.returning(NUMBER_SERIES.NEXT_NUMBER)
			.fetchOptional(NUMBER_SERIES.NEXT_NUMBER)
			.map(next -> next - count)
			.orElseThrow(() -> InvalidInput.of("numberSeries", "numberSeries.error.full", series.name()));
	}

	private static NumberSeries series(NumberSeriesRecord r) {
		return new NumberSeries(new NumberSeriesId(r.getId()), r.getName(), r.getFirstNumber(), r.getLastNumber(),
				r.getNextNumber(), r.getIsDefault());
	}
}
