package org.nordcrm.reminders;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nordcrm.shared.Formats;
import org.nordcrm.reminders.internal.Deliveries;
import org.nordcrm.reminders.internal.MailReminders;
import org.nordcrm.reminders.internal.SmsGateway;
import org.nordcrm.reminders.internal.Watches;
import org.nordcrm.security.Role;
import org.nordcrm.security.User;
import org.nordcrm.security.UserId;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.Checks;
import org.nordcrm.shared.CursorPage;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Watches of the current tenant: every user sees them all; a watch is changed or deleted by its owner or an
 * administrator. Making or changing one (re)schedules its deliveries; deleting it removes those not sent.
 */
@Service
@Transactional
public class WatchManagement {

	public static final String KIND = "watch";
	public static final int MAX_LABEL = 200;
	public static final int MAX_AMOUNT = 10_000;
	/** A date without a time means this time of day in the owner's time zone. */
	public static final LocalTime DEFAULT_TIME = LocalTime.of(8, 0);

	private final Watches watches;
	private final Deliveries deliveries;
	private final UserManagement users;
	private final MailReminders mail;
	private final SmsGateway sms;
	private final Map<String, RecordLookup> lookups;

	WatchManagement(Watches watches, Deliveries deliveries, UserManagement users, MailReminders mail, SmsGateway sms,
			List<RecordLookup> lookups) {
		this.watches = watches;
		this.deliveries = deliveries;
		this.users = users;
		this.mail = mail;
		this.sms = sms;
		this.lookups = lookups.stream().collect(Collectors.toUnmodifiableMap(RecordLookup::kind, Function.identity()));
	}

	@Transactional(readOnly = true)
	public Watch get(WatchId id) {
		return watches.find(id).orElseThrow(() -> new RecordNotFound(KIND, id));
	}

	/** The kinds of record that can be watched. */
	public Set<String> kinds() {
		return lookups.keySet();
	}

	/** A record that can be watched; a deleted one, another tenant's or one of an unknown kind is not found. */
	@Transactional(readOnly = true)
	public Optional<WatchedRecord> findRecord(String kind, UUID id) {
		var lookup = lookups.get(kind);
		return lookup == null ? Optional.empty() : lookup.find(id);
	}

	@Transactional(readOnly = true)
	public WatchedRecord record(String kind, UUID id) {
		return findRecord(kind, id).orElseThrow(() -> new RecordNotFound(kind, id));
	}

	/** The channels that can be chosen now: e-mail needs an SMTP server, SMS a gateway. */
	public Set<Channel> channelsAvailable() {
		var all = EnumSet.of(Channel.APP);
		if (mail.configured()) {
			all.add(Channel.EMAIL);
		}
		if (sms.configured()) {
			all.add(Channel.SMS);
		}
		return all;
	}

	/** Watches by the filter, by watched time (soonest first with {@code ascending}), a page at a time. */
	@Transactional(readOnly = true)
	public CursorPage<Watch> page(WatchFilter filter, @Nullable String after, @Nullable Integer limit, boolean ascending) {
		int n = CursorPage.limit(limit);
		var cursor = CursorPage.uuid(after);
		return CursorPage.of(watches.page(filter, cursor == null ? null : new WatchId(cursor), ascending, n), n, w -> w.id().toString());
	}

	public Watch create(WatchInput in) {
		var checks = new Checks();
		WatchedRecord record = null;
		if (in.recordKind() == null || in.recordKind().isBlank()) {
			checks.error("recordKind", "NotBlank");
		}
		else if (!lookups.containsKey(in.recordKind())) {
			checks.error("recordKind", "watch.error.kind", String.join(", ", lookups.keySet().stream().sorted().toList()));
		}
		else if (in.recordId() == null) {
			checks.error("recordId", "NotNull");
		}
		else {
			record = findRecord(in.recordKind(), in.recordId()).orElse(null);
			if (record == null) {
				checks.error("recordId", "validation.unknown");
			}
		}
		var values = values(checks, in, actor(), null);
		checks.done();
		var id = watches.insert(record.kind(), record.id(), values);
		deliveries.schedule(id, values.channels(), values.remindAt());
		return get(id);
	}

	/** Changes a watch; its record stays. A reminder time in the past is refused only when it changes. */
	public Watch update(WatchId id, WatchInput in) {
		var current = mayChange(get(id));
		var checks = new Checks();
		var values = values(checks, in, current.ownerId(), current.remindAt());
		checks.done();
		if (!watches.update(id, in.version() == null ? current.version() : in.version(), values)) {
			throw InvalidInput.of(null, "record.error.changedMeanwhile");
		}
		deliveries.schedule(id, values.channels(), values.remindAt());
		return get(id);
	}

	public void delete(WatchId id) {
		mayChange(get(id));
		deliveries.removeUnsent(id);
		watches.softDelete(id);
	}

	/**
	 * Moves the watches on a record to the record's new time (a task's due time moved), whoever owns them: a watch
	 * follows what it watches, and a reminder time already passed is sent at once. A record whose time is gone (a
	 * task done, deleted, or without a due time) ends its watches.
	 */
	public void follow(String kind, UUID id, @Nullable OffsetDateTime at) {
		for (var w : watches.page(new WatchFilter(kind, id, null, null, null, null), null, true, 1000)) {
			if (at == null) {
				deliveries.removeUnsent(w.id());
				watches.softDelete(w.id());
			}
			else if (!w.watchAt().isEqual(at)) {
				var zone = users.find(w.ownerId()).map(WatchManagement::zone).orElse(Formats.zone());
				var remindAt = w.beforeUnit().before(at, w.beforeAmount(), zone);
				watches.update(w.id(), w.version(), new Watches.Values(w.ownerId(), w.label(), at, w.beforeAmount(),
						w.beforeUnit(), remindAt, w.channels()));
				deliveries.schedule(w.id(), w.channels(), remindAt);
			}
		}
	}

	/** Sends a FAILED delivery again at once. */
	public Watch retry(WatchId id, @Nullable String channel) {
		mayChange(get(id));
		var which = channel == null ? null : Channel.parse(channel).orElse(null);
		if (which == null) {
			throw InvalidInput.of("channel", "watch.error.channel", channel == null ? "" : channel);
		}
		if (!deliveries.retry(id, which)) {
			throw InvalidInput.of("channel", "watch.error.notFailed");
		}
		return get(id);
	}

	/** The current user's in-app reminders that have come, newest first. */
	@Transactional(readOnly = true)
	public List<Notification> notifications(boolean unreadOnly, int limit) {
		return deliveries.notifications(actor(), unreadOnly, limit);
	}

	@Transactional(readOnly = true)
	public int unread() {
		return deliveries.unread(actor());
	}

	/** Marks one of the current user's notifications read; another's or an unknown one is not found. */
	public void markRead(UUID id) {
		if (!deliveries.markRead(actor(), id) && deliveries.notifications(actor(), false, 1000).stream().noneMatch(n -> n.id().equals(id))) {
			throw new RecordNotFound("notification", id);
		}
	}

	/** Marks all the current user's notifications read. */
	public void markAllRead() {
		deliveries.markRead(actor(), null);
	}

	/** Whether the user may change or delete the watch: its owner, or an administrator. */
	public boolean mayChange(Watch watch, @Nullable UUID user) {
		return user != null && (watch.ownerId().value().equals(user)
				|| users.find(new UserId(user)).map(u -> u.role() == Role.ADMIN).orElse(false));
	}

	private Watch mayChange(Watch watch) {
		if (!mayChange(watch, TenantContext.actor())) {
			throw new AccessDeniedException("only the owner or an administrator changes a watch");
		}
		return watch;
	}

	private Watches.@Nullable Values values(Checks checks, WatchInput in, UserId defaultOwner, @Nullable OffsetDateTime remindedAt) {
		var owner = owner(checks, in.ownerId() == null ? defaultOwner : new UserId(in.ownerId()));
		var label = checks.required("label", in.label(), MAX_LABEL);
		var zone = owner == null ? Formats.zone() : zone(owner);
		var watchAt = when(checks, in.watchAt(), zone);
		Integer amount = in.beforeAmount() == null ? Integer.valueOf(0) : checks.range("beforeAmount", in.beforeAmount(), 0, MAX_AMOUNT);
		var unit = BeforeUnit.MINUTES;
		if (in.beforeUnit() != null && !in.beforeUnit().isBlank()) {
			unit = BeforeUnit.parse(in.beforeUnit()).orElse(null);
			if (unit == null) {
				checks.error("beforeUnit", "watch.error.unit");
			}
		}
		var channels = channels(checks, in.channels(), owner);
		OffsetDateTime remindAt = null;
		if (watchAt != null && amount != null && unit != null) {
			remindAt = unit.before(watchAt, amount, zone);
			if (remindAt.isBefore(OffsetDateTime.now()) && !remindAt.isEqual(remindedAt == null ? OffsetDateTime.MIN : remindedAt)) {
				checks.error("watchAt", "watch.error.past");
			}
		}
		return owner == null || watchAt == null || remindAt == null ? null
				: new Watches.Values(owner.id(), label, watchAt, amount, unit, remindAt, channels);
	}

	private @Nullable User owner(Checks checks, UserId id) {
		var owner = users.find(id).filter(User::active).orElse(null);
		if (owner == null) {
			checks.error("ownerId", "validation.unknown");
		}
		return owner;
	}

	private Set<Channel> channels(Checks checks, @Nullable List<String> written, @Nullable User owner) {
		var channels = EnumSet.noneOf(Channel.class);
		for (var w : written == null ? List.<String>of() : written) {
			Channel.parse(w).ifPresentOrElse(channels::add, () -> checks.error("channels", "watch.error.channel", w));
		}
		if (channels.isEmpty() && !checks.has("channels")) {
			checks.error("channels", "watch.error.noChannel");
		}
		if (channels.contains(Channel.EMAIL) && !mail.configured()) {
			checks.error("channels", "watch.error.emailOff");
		}
		if (channels.contains(Channel.SMS)) {
			if (!sms.configured()) {
				checks.error("channels", "watch.error.smsOff");
			}
			else if (owner != null && users.mobile(owner.id()).isEmpty()) {
				checks.error("channels", "watch.error.noMobile");
			}
		}
		return channels;
	}

	/** A date (08:00 that day), a local date and time (both in the owner's zone), or a time with an offset. */
	static @Nullable OffsetDateTime when(Checks checks, @Nullable String written, ZoneId zone) {
		var w = checks.optional("watchAt", written, 40);
		if (w == null) {
			return checks.has("watchAt") ? null : checks.error("watchAt", "NotBlank");
		}
		try {
			if (w.length() == 10) {
				return LocalDate.parse(w).atTime(DEFAULT_TIME).atZone(zone).toOffsetDateTime();
			}
			if (w.endsWith("Z") || w.matches(".*[+-]\\d\\d:?\\d\\d$")) {
				return OffsetDateTime.parse(w);
			}
			return LocalDateTime.parse(w).atZone(zone).toOffsetDateTime();
		}
		catch (DateTimeException e) {
			return checks.error("watchAt", "watch.error.when");
		}
	}

	private static ZoneId zone(User owner) {
		return zone(owner.timeZone());
	}

	/** A user's time zone; Oslo's when the one saved is not known. */
	public static ZoneId zone(String timeZone) {
		return Formats.zone(timeZone);
	}

	private static UserId actor() {
		var actor = TenantContext.actor();
		if (actor == null) {
			throw new IllegalStateException("watches are made by a user");
		}
		return new UserId(actor);
	}
}
