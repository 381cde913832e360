package org.nordcrm.calendar.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;

import org.nordcrm.calendar.CalendarItem;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A calendar feed as iCalendar text (RFC 5545), built by ical4j: times in UTC (no VTIMEZONE needed), all-day items
 * as DATE values with an exclusive end, a stable UID and a SEQUENCE that grows with each change, which is what
 * Google Calendar, Outlook and Apple Calendar need to update a subscribed event in place.
 */
public final class IcsFeed {

	private IcsFeed() {
	}

	public static String of(String name, List<CalendarItem> items) {
		var calendar = new Calendar();
		calendar.add(new ProdId("-//NordCRM//Calendar//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
		calendar.add(new Method(Method.VALUE_PUBLISH));
		calendar.add(new XProperty("X-WR-CALNAME", name));
		for (var item : items) {
			Temporal start = item.allDay() ? date(item.start()) : item.start();
			Temporal end = item.allDay() ? date(item.end()) : item.end();
			var event = new VEvent(start, end, item.title());
			event.add(new Uid(item.uid()));
			event.add(new DtStamp(item.changedAt()));
			event.add(new LastModified(item.changedAt()));
			event.add(new Sequence(item.sequence()));
			if (item.location() != null) {
				event.add(new Location(item.location()));
			}
			if (item.description() != null) {
				event.add(new Description(item.description()));
			}
			calendar.add(event);
		}
		var out = new java.io.StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return out.toString();
	}

	private static LocalDate date(java.time.Instant at) {
		return at.atOffset(ZoneOffset.UTC).toLocalDate();
	}

}
