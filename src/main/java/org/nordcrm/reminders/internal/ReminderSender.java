package org.nordcrm.reminders.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.nordcrm.reminders.WatchManagement;
import org.nordcrm.reminders.WatchedRecord;
import org.nordcrm.security.User;
import org.nordcrm.security.UserManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Sends one due reminder by its channel, in its owner's language and time zone, with a link to the record. */
@Component
class ReminderSender {

	private final MailReminders mail;
	private final SmsGateway sms;
	private final UserManagement users;
	private final MessageSource messages;
	private final ReminderProperties props;

	ReminderSender(MailReminders mail, SmsGateway sms, UserManagement users, MessageSource messages, ReminderProperties props) {
		this.mail = mail;
		this.sms = sms;
		this.users = users;
		this.messages = messages;
		this.props = props;
	}

	void send(Deliveries.Due due, WatchedRecord record) throws SendFailure {
		var owner = users.find(due.owner()).filter(User::active)
			.orElseThrow(() -> new SendFailure("the watch's owner is no longer an active user"));
		var locale = Locale.forLanguageTag(owner.locale() == null ? "nb" : owner.locale());
		var when = DateTimeFormatter.ofPattern(text("format.dateTime", locale), locale).format(due.watchAt().atZoneSameInstant(WatchManagement.zone(owner.timeZone())));
		switch (due.channel()) {
			case APP -> {
				// the delivery marked sent is the notification
			}
			case EMAIL -> mail.send(owner.email(), text("reminder.mail.subject", locale, due.label(), when),
					text("reminder.mail.body", locale, due.label(), when, record.name(), props.baseUrl() + record.url()));
			case SMS -> sms.send(users.mobile(owner.id()).orElseThrow(() -> new SendFailure("the owner has no mobile number")),
					text("reminder.sms.text", locale, due.label(), when, record.name()));
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
