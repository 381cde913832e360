package org.nordcrm.calendar;

import java.time.Instant;
import java.util.List;

import org.nordcrm.security.UserId;

/**
 * What a module puts into users' calendar feeds (appointments here; due tasks from the activities module): every
 * bean of this type is asked, so a module adds its items without this module knowing it.
 */
public interface CalendarItems {

	/** The user's items that overlap [from, to), in the user's tenant (the tenant is set). */
	List<CalendarItem> items(UserId user, Instant from, Instant to);
}
