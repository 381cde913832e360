package org.nordcrm.reminders.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends reminder e-mails through Spring's mail sender, there when an SMTP server is configured (spring.mail.host). */
@Component
public class MailReminders {

	private final ObjectProvider<JavaMailSender> sender;
	private final ReminderProperties props;

	MailReminders(ObjectProvider<JavaMailSender> sender, ReminderProperties props) {
		this.sender = sender;
		this.props = props;
	}

	public boolean configured() {
		return sender.getIfAvailable() != null;
	}

	public void send(String to, String subject, String text) throws SendFailure {
		@Nullable JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			throw new SendFailure("no SMTP server configured (spring.mail.host)");
		}
		var message = new SimpleMailMessage();
		message.setFrom(props.mailFrom());
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		try {
			mail.send(message);
		}
		catch (MailException e) {
			var cause = e.getMostSpecificCause();
			throw new SendFailure("SMTP: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()), e);
		}
	}
}
