package org.nordcrm.reminders.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.nordcrm.reminders.WatchManagement;
import org.nordcrm.reminders.WatchedRecord;
import org.nordcrm.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Sends due reminders. ShedLock runs the poll on one node at a time, and each delivery is locked ({@code for update
 * skip locked}) while it is sent and marked in one transaction of its tenant, so even two pollers at once send it
 * once. A failure is kept on the row with its next attempt (or FAILED after the last), so a restart loses nothing.
 */
@Component
public class ReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private final Deliveries deliveries;
	private final ReminderSender sender;
	private final WatchManagement watches;
	private final ReminderProperties props;
	private final TransactionTemplate tx;

	ReminderJob(Deliveries deliveries, ReminderSender sender, WatchManagement watches, ReminderProperties props, TransactionTemplate tx) {
		this.deliveries = deliveries;
		this.sender = sender;
		this.watches = watches;
		this.props = props;
		this.tx = tx;
	}

	@Scheduled(fixedDelayString = "${nordcrm.reminders.poll:PT30S}", initialDelayString = "${nordcrm.reminders.poll:PT30S}")
	@SchedulerLock(name = "reminders-deliver", lockAtMostFor = "PT10M")
	public void poll() {
		deliverDue();
	}

	/** Sends what is due now, of every tenant; returns how many were sent. */
	public int deliverDue() {
		var due = tx.execute(s -> deliveries.dueEverywhere(props.batch()));
		int sent = 0;
		for (var found : due) {
			Boolean ok = TenantContext.callAs(found.tenant(), null, TenantContext.JOB, () -> tx.execute(s -> deliver(found.id())));
			if (Boolean.TRUE.equals(ok)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean deliver(UUID id) {
		var claimed = deliveries.claim(id);
		if (claimed.isEmpty()) {
			return false;
		}
		var due = claimed.get();
		try {
			var record = watches.findRecord(due.recordKind(), due.recordId())
				.orElse(new WatchedRecord(due.recordKind(), due.recordId(), "", "/watches"));
			sender.send(due, record);
			deliveries.sent(id);
			return true;
		}
		catch (SendFailure | RuntimeException e) {
			int attempts = due.attempts() + 1;
			var next = attempts >= props.maxAttempts() ? null : OffsetDateTime.now().plus(props.backoffAfter(attempts));
			log.warn("reminder {} by {} failed (attempt {}): {}", id, due.channel(), attempts, e.getMessage());
			deliveries.failed(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), next);
			return false;
		}
	}
}
