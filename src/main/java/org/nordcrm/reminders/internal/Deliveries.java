package org.nordcrm.reminders.internal;

import static org.nordcrm.jooq.Tables.REMINDER_DELIVERY;
import static org.nordcrm.jooq.Tables.WATCH;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.nordcrm.reminders.Channel;
import org.nordcrm.reminders.Delivery;
import org.nordcrm.reminders.Notification;
import org.nordcrm.reminders.WatchId;
import org.nordcrm.security.UserId;
import org.nordcrm.shared.Ids;
import org.nordcrm.tenancy.TenantId;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Repository;

/** The reminder outbox: one row per watch and channel, from scheduled to sent (or failed, with the error). */
@Repository
public class Deliveries {

	/** A due delivery the job has locked, with what it needs to send it. */
	public record Due(UUID id, Channel channel, int attempts, WatchId watchId, UserId owner, String label, OffsetDateTime watchAt,
			String recordKind, UUID recordId) {
	}

	/** A due delivery of some tenant, as found across tenants. */
	public record Found(TenantId tenant, UUID id) {
	}

	private static final String PENDING = Delivery.Status.PENDING.name(), SENT = Delivery.Status.SENT.name(),
			FAILED = Delivery.Status.FAILED.name();

	private final DSLContext db;

	Deliveries(DSLContext db) {
		this.db = db;
	}

	/** The deliveries of these watches, by watch id. */
	public Map<UUID, List<Delivery>> of(List<UUID> watches) {
		if (watches.isEmpty()) {
			return Map.of();
		}
		return db.selectFrom(REMINDER_DELIVERY).where(REMINDER_DELIVERY.WATCH_ID.in(watches)).orderBy(REMINDER_DELIVERY.CHANNEL)
			.fetch().stream().collect(Collectors.groupingBy(r -> r.getWatchId(),
					Collectors.mapping(r -> new Delivery(r.getId(), Channel.valueOf(r.getChannel()), Delivery.Status.valueOf(r.getStatus()),
							r.getDueAt(), r.getNextAttemptAt(), r.getAttempts(), r.getLastError(), r.getSentAt(), r.getReadAt()),
							Collectors.toList())));
	}

	/**
	 * Makes the watch's deliveries those of {@code channels} at {@code dueAt}: unsent ones of other channels go; a
	 * channel's delivery already sent stays sent unless the time changed (then it is a new reminder).
	 */
	public void schedule(WatchId watch, Set<Channel> channels, OffsetDateTime dueAt) {
		var d = REMINDER_DELIVERY;
		db.deleteFrom(d).where(d.WATCH_ID.eq(watch.value()).and(d.STATUS.ne(SENT))
			.and(d.CHANNEL.notIn(channels.stream().map(Channel::name).toList()))).execute();
		for (var channel : channels) {
			var excluded = DSL.excluded(d.DUE_AT);
			db.insertInto(d).set(d.TENANT_ID, TenantContext.require().value()).set(d.ID, Ids.next()).set(d.WATCH_ID, watch.value())
				.set(d.CHANNEL, channel.name()).set(d.STATUS, PENDING).set(d.DUE_AT, dueAt).set(d.NEXT_ATTEMPT_AT, dueAt)
				.onConflict(d.TENANT_ID, d.WATCH_ID, d.CHANNEL).doUpdate()
				.set(d.STATUS, PENDING).set(d.DUE_AT, excluded).set(d.NEXT_ATTEMPT_AT, excluded).set(d.ATTEMPTS, 0)
				.setNull(d.LAST_ERROR).setNull(d.SENT_AT).setNull(d.READ_AT)
				.where(d.STATUS.ne(SENT).or(d.DUE_AT.ne(excluded))).execute();
		}
	}

	/** Removes the watch's deliveries not sent yet: a deleted watch reminds no one. */
	public void removeUnsent(WatchId watch) {
		db.deleteFrom(REMINDER_DELIVERY).where(REMINDER_DELIVERY.WATCH_ID.eq(watch.value()).and(REMINDER_DELIVERY.STATUS.ne(SENT))).execute();
	}

	/** Sends a failed delivery again at once, with a fresh count of attempts; false when it has not failed. */
	public boolean retry(WatchId watch, Channel channel) {
		return db.update(REMINDER_DELIVERY).set(REMINDER_DELIVERY.STATUS, PENDING).set(REMINDER_DELIVERY.ATTEMPTS, 0)
			.set(REMINDER_DELIVERY.NEXT_ATTEMPT_AT, DSL.currentOffsetDateTime())
			.where(REMINDER_DELIVERY.WATCH_ID.eq(watch.value()).and(REMINDER_DELIVERY.CHANNEL.eq(channel.name()))
				.and(REMINDER_DELIVERY.STATUS.eq(FAILED)))
			.execute() == 1;
	}

	/** Due deliveries of every tenant, oldest first: only their tenant and id (see reminder_due_deliveries). */
	public List<Found> dueEverywhere(int max) {
		return db.fetch("select tenant_id, id from reminder_due_deliveries(?)", max)
			.map(r -> new Found(new TenantId(r.get(0, UUID.class)), r.get(1, UUID.class)));
	}

	/**
	 * Locks the delivery for sending if it is still due; empty when another node holds it, it was sent meanwhile or
	 * its watch was deleted. The lock lasts until the transaction ends.
	 */
	public Optional<Due> claim(UUID id) {
		var d = REMINDER_DELIVERY;
		return db.select(d.ID, d.CHANNEL, d.ATTEMPTS, WATCH.ID, WATCH.OWNER_ID, WATCH.LABEL, WATCH.WATCH_AT, WATCH.RECORD_KIND,
				WATCH.RECORD_ID)
			.from(d).join(WATCH).on(WATCH.TENANT_ID.eq(d.TENANT_ID).and(WATCH.ID.eq(d.WATCH_ID)))
			.where(d.ID.eq(id).and(d.STATUS.eq(PENDING)).and(d.NEXT_ATTEMPT_AT.le(DSL.currentOffsetDateTime()))
				.and(WATCH.DELETED_AT.isNull()))
			.forUpdate().of(d).skipLocked()
			.fetchOptional(r -> new Due(r.value1(), Channel.valueOf(r.value2()), r.value3(), new WatchId(r.value4()),
					new UserId(r.value5()), r.value6(), r.value7(), r.value8(), r.value9()));
	}

	public void sent(UUID id) {
		db.update(REMINDER_DELIVERY).set(REMINDER_DELIVERY.STATUS, SENT).set(REMINDER_DELIVERY.SENT_AT, DSL.currentOffsetDateTime())
			.set(REMINDER_DELIVERY.ATTEMPTS, REMINDER_DELIVERY.ATTEMPTS.plus(1)).where(REMINDER_DELIVERY.ID.eq(id)).execute();
	}

	/** Records a failed attempt: tried again at {@code next}, or FAILED for good when there is no next. */
	public void failed(UUID id, String error, @Nullable OffsetDateTime next) {
		var u = db.update(REMINDER_DELIVERY).set(REMINDER_DELIVERY.ATTEMPTS, REMINDER_DELIVERY.ATTEMPTS.plus(1))
			.set(REMINDER_DELIVERY.LAST_ERROR, error.length() > 1000 ? error.substring(0, 1000) : error);
		(next == null ? u.set(REMINDER_DELIVERY.STATUS, FAILED) : u.set(REMINDER_DELIVERY.NEXT_ATTEMPT_AT, next))
			.where(REMINDER_DELIVERY.ID.eq(id)).execute();
	}

	/** The owner's in-app reminders that have come, newest first. */
	public List<Notification> notifications(UserId owner, boolean unreadOnly, int limit) {
		var d = REMINDER_DELIVERY;
		return db.select(d.ID, WATCH.ID, WATCH.LABEL, WATCH.WATCH_AT, WATCH.RECORD_KIND, WATCH.RECORD_ID, d.SENT_AT, d.READ_AT)
			.from(d).join(WATCH).on(WATCH.TENANT_ID.eq(d.TENANT_ID).and(WATCH.ID.eq(d.WATCH_ID)))
			.where(inApp(owner).and(unreadOnly ? d.READ_AT.isNull() : DSL.noCondition()))
			.orderBy(d.SENT_AT.desc()).limit(limit)
			.fetch(r -> new Notification(r.value1(), new WatchId(r.value2()), r.value3(), r.value4(), r.value5(), r.value6(),
					r.value7(), r.value8()));
	}

	public int unread(UserId owner) {
		return db.fetchCount(db.selectOne().from(REMINDER_DELIVERY).join(WATCH)
			.on(WATCH.TENANT_ID.eq(REMINDER_DELIVERY.TENANT_ID).and(WATCH.ID.eq(REMINDER_DELIVERY.WATCH_ID)))
			.where(inApp(owner).and(REMINDER_DELIVERY.READ_AT.isNull())));
	}

	/** Marks the owner's notification read (all of them when {@code id} is null); false when there was none. */
	public boolean markRead(UserId owner, @Nullable UUID id) {
		var watches = DSL.select(WATCH.ID).from(WATCH).where(WATCH.OWNER_ID.eq(owner.value()).and(WATCH.DELETED_AT.isNull()));
		return db.update(REMINDER_DELIVERY).set(REMINDER_DELIVERY.READ_AT, DSL.currentOffsetDateTime())
			.where(REMINDER_DELIVERY.WATCH_ID.in(watches).and(REMINDER_DELIVERY.CHANNEL.eq(Channel.APP.name()))
				.and(REMINDER_DELIVERY.STATUS.eq(SENT)).and(REMINDER_DELIVERY.READ_AT.isNull())
				.and(id == null ? DSL.noCondition() : REMINDER_DELIVERY.ID.eq(id)))
			.execute() > 0;
	}

	private static org.jooq.Condition inApp(UserId owner) {
		return WATCH.OWNER_ID.eq(owner.value()).and(WATCH.DELETED_AT.isNull()).and(REMINDER_DELIVERY.CHANNEL.eq(Channel.APP.name()))
			.and(REMINDER_DELIVERY.STATUS.eq(SENT));
	}
}
