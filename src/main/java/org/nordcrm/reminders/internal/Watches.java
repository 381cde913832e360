package org.nordcrm.reminders.internal;

import static org.nordcrm.jooq.Tables.REMINDER_DELIVERY;
import static org.nordcrm.jooq.Tables.WATCH;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.nordcrm.jooq.tables.records.WatchRecord;
import org.nordcrm.reminders.BeforeUnit;
import org.nordcrm.reminders.Channel;
import org.nordcrm.reminders.Delivery;
import org.nordcrm.reminders.Watch;
import org.nordcrm.reminders.WatchFilter;
import org.nordcrm.reminders.WatchId;
import org.nordcrm.security.UserId;
import org.nordcrm.shared.Ids;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Repository;

/** The watch table; deleted watches are never read. Each watch is read with its deliveries. */
@Repository
public class Watches {

	/** What a watch is made or changed to. */
	public record Values(UserId owner, String label, OffsetDateTime watchAt, int beforeAmount, BeforeUnit beforeUnit,
			OffsetDateTime remindAt, Set<Channel> channels) {
	}

	private final DSLContext db;
	private final Deliveries deliveries;

	Watches(DSLContext db, Deliveries deliveries) {
		this.db = db;
		this.deliveries = deliveries;
	}

	public Optional<Watch> find(WatchId id) {
		return db.selectFrom(WATCH).where(WATCH.ID.eq(id.value()).and(WATCH.DELETED_AT.isNull())).fetchOptional()
			.map(r -> toWatch(r, deliveries.of(List.of(r.getId())).getOrDefault(r.getId(), List.of())));
	}

	/**
	 * A page of watches by the filter, by watched time (soonest first with {@code ascending}) and id;
	 * {@code limit + 1} rows, to tell whether more exist. The cursor is the last watch's time and id.
	 */
	public List<Watch> page(WatchFilter f, @Nullable WatchId after, boolean ascending, int limit) {
		var where = new ArrayList<Condition>();
		where.add(WATCH.DELETED_AT.isNull());
		if (f.recordKind() != null) {
			where.add(WATCH.RECORD_KIND.eq(f.recordKind()));
		}
		if (f.recordId() != null) {
			where.add(WATCH.RECORD_ID.eq(f.recordId()));
		}
		if (f.ownerId() != null) {
			where.add(WATCH.OWNER_ID.eq(f.ownerId().value()));
		}
		if (f.status() != null) {
			where.add(DSL.exists(DSL.selectOne().from(REMINDER_DELIVERY).where(REMINDER_DELIVERY.WATCH_ID.eq(WATCH.ID)
				.and(REMINDER_DELIVERY.STATUS.eq(f.status().name())))));
		}
		if (f.from() != null) {
			where.add(WATCH.WATCH_AT.ge(f.from()));
		}
		if (f.to() != null) {
			where.add(WATCH.WATCH_AT.lt(f.to()));
		}
		if (after != null) {
			var last = db.select(WATCH.WATCH_AT).from(WATCH).where(WATCH.ID.eq(after.value())).fetchOptional(WATCH.WATCH_AT);
			if (last.isPresent()) {
				var row = DSL.row(WATCH.WATCH_AT, WATCH.ID);
				where.add(ascending ? row.gt(last.get(), after.value()) : row.lt(last.get(), after.value()));
			}
		}
		var order = ascending ? List.of(WATCH.WATCH_AT.asc(), WATCH.ID.asc()) : List.of(WATCH.WATCH_AT.desc(), WATCH.ID.desc());
		var rows = db.selectFrom(WATCH).where(where).orderBy(order).limit(limit + 1).fetch();
		var byWatch = deliveries.of(rows.map(WatchRecord::getId));
		return rows.map(r -> toWatch(r, byWatch.getOrDefault(r.getId(), List.of())));
	}

	public WatchId insert(String kind, UUID record, Values v) {
		var r = db.newRecord(WATCH);
		r.setTenantId(TenantContext.require().value());
		r.setId(Ids.next());
		r.setRecordKind(kind);
		r.setRecordId(record);
		set(r, v);
		r.store();
		return new WatchId(r.getId());
	}

	/** Changes the watch if it is still at {@code version}; false when someone changed it meanwhile. */
	public boolean update(WatchId id, int version, Values v) {
		return db.update(WATCH).set(WATCH.OWNER_ID, v.owner().value()).set(WATCH.LABEL, v.label()).set(WATCH.WATCH_AT, v.watchAt())
			.set(WATCH.BEFORE_AMOUNT, v.beforeAmount()).set(WATCH.BEFORE_UNIT, v.beforeUnit().name()).set(WATCH.REMIND_AT, v.remindAt())
			.set(WATCH.BY_APP, v.channels().contains(Channel.APP)).set(WATCH.BY_EMAIL, v.channels().contains(Channel.EMAIL))
			.set(WATCH.BY_SMS, v.channels().contains(Channel.SMS))
			.set(WATCH.VERSION, WATCH.VERSION.plus(1)).set(WATCH.UPDATED_AT, DSL.currentOffsetDateTime())
			.where(WATCH.ID.eq(id.value()).and(WATCH.VERSION.eq(version)).and(WATCH.DELETED_AT.isNull())).execute() == 1;
	}

	public boolean softDelete(WatchId id) {
		return db.update(WATCH).set(WATCH.DELETED_AT, DSL.currentOffsetDateTime()).set(WATCH.VERSION, WATCH.VERSION.plus(1))
			.where(WATCH.ID.eq(id.value()).and(WATCH.DELETED_AT.isNull())).execute() == 1;
	}

	private static void set(WatchRecord r, Values v) {
		r.setOwnerId(v.owner().value());
		r.setLabel(v.label());
		r.setWatchAt(v.watchAt());
		r.setBeforeAmount(v.beforeAmount());
		r.setBeforeUnit(v.beforeUnit().name());
		r.setRemindAt(v.remindAt());
		r.setByApp(v.channels().contains(Channel.APP));
		r.setByEmail(v.channels().contains(Channel.EMAIL));
		r.setBySms(v.channels().contains(Channel.SMS));
	}

	private static Watch toWatch(WatchRecord r, List<Delivery> deliveries) {
		var channels = EnumSet.noneOf(Channel.class);
		if (r.getByApp()) {
			channels.add(Channel.APP);
		}
		if (r.getByEmail()) {
			channels.add(Channel.EMAIL);
		}
		if (r.getBySms()) {
			channels.add(Channel.SMS);
		}
		return new Watch(new WatchId(r.getId()), new UserId(r.getOwnerId()), r.getRecordKind(), r.getRecordId(), r.getLabel(),
				r.getWatchAt(), r.getBeforeAmount(), BeforeUnit.valueOf(r.getBeforeUnit()), r.getRemindAt(), channels, deliveries,
				r.getCreatedAt(), r.getVersion());
	}
}
