package org.nordcrm.reminders.internal;

/** A reminder that could not be sent this time; its message is kept on the delivery and shown to the user. */
public class SendFailure extends Exception {

	public SendFailure(String message, Throwable cause) {
		super(message, cause);
	}

	public SendFailure(String message) {
		super(message);
	}
}
