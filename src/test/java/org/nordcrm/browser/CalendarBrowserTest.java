package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/**
 * The shared calendar in a browser: an appointment made by selecting a slot in the week view, moved by dragging,
 * seen on the customer's Meetings tab; then "my bookings this week" one tap from the start page on a phone. The
 * page's styles come in under the response's nonce: the browser reports no policy violation.
 */
@NordCrmTest
class CalendarBrowserTest extends BrowserTestSupport {

	static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	@Test
	void bookInTheWeekViewMoveByDragAndSeeItOnTheMeetingsTab() {
		var acme = tenants.create("Booking");
		var api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		var company = api.post("/api/v1/companies", "{\"name\": \"Havbruk Vest AS\"}").json().get("id").asString();

		var page = newPage(new Browser.NewContextOptions().setLocale("en-GB").setTimezoneId("Europe/Oslo").setViewportSize(1280, 900));
		var violations = new ArrayList<String>();
		page.onConsoleMessage(m -> {
			if (m.text().contains("Content Security Policy")) {
				violations.add(m.text());
			}
		});
		login(page, acme.user().email(), TestTenants.PASSWORD);
		page.navigate(url("/calendar"));
		var today = page.locator(".fc-timegrid-col.fc-day-today");
		assertThat(today).isVisible();
		var day = LocalDate.parse(today.getAttribute("data-date"));

		// select 10:00-11:00 today
		var ten = page.locator(".fc-timegrid-slot-lane[data-time='10:00:00']");
		ten.scrollIntoViewIfNeeded();
		var column = today.boundingBox();
		var from = ten.boundingBox();
		var to = page.locator(".fc-timegrid-slot-lane[data-time='10:30:00']").boundingBox();
		double x = column.x + column.width / 2;
		page.mouse().move(x, from.y + from.height / 2);
		page.mouse().down();
		page.mouse().move(x, to.y + to.height / 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
		page.mouse().up();
		page.waitForURL(u -> u.contains("/calendar/appointments/new"));
		assertThat(page.locator("#startTime")).hasValue("10:00");
		assertThat(page.locator("#endTime")).hasValue("11:00");

		page.locator("#title").fill("Visning hos Havbruk");
		page.locator("#picker-companyId").pressSequentially("Havbruk", new Locator.PressSequentiallyOptions().setDelay(30));
		page.locator(".pick", new Page.LocatorOptions().setHasText("Havbruk Vest AS")).click();
		page.locator("#appointment-save").click();
		page.waitForURL(u -> u.endsWith("/calendar"));
		var event = page.locator(".fc-timegrid-event", new Page.LocatorOptions().setHasText("Visning hos Havbruk"));
		assertThat(event).isVisible();
		screenshot(page, testName + "-booked");

		// drag it one hour later
		var box = event.boundingBox();
		double slot = to.y - from.y;
		page.waitForLoadState(LoadState.NETWORKIDLE);
		var moved = page.waitForResponse(r -> r.url().contains("/move"), () -> {
			page.mouse().move(box.x + box.width / 2, box.y + 8);
			page.mouse().down();
			page.mouse().move(box.x + box.width / 2, box.y + 8 + slot, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(6));
			page.mouse().move(box.x + box.width / 2, box.y + 8 + 2 * slot, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(6));
			page.mouse().up();
		});
		org.assertj.core.api.Assertions.assertThat(moved.status()).isEqualTo(200);
		assertThat(page.locator("#calendar-message")).isHidden();
		var list = api.get("/api/v1/appointments?record=" + company).json().get("items");
		org.assertj.core.api.Assertions.assertThat(list.size()).isEqualTo(1);
		var start = java.time.OffsetDateTime.parse(list.get(0).get("start").asString()).toInstant();
		org.assertj.core.api.Assertions.assertThat(start).isEqualTo(day.atTime(11, 0).atZone(OSLO).toInstant());
		org.assertj.core.api.Assertions.assertThat(violations).isEmpty();

		page.navigate(url("/companies/" + company + "?tab=meetings"));
		var meeting = page.locator(".meetings-tab .meeting");
		assertThat(meeting.locator(".meeting-title")).hasText("Visning hos Havbruk");
		assertThat(meeting.locator(".meeting-when")).containsText("11:00 – 12:00");
		screenshot(page);

		// on a phone: one tap from the start page
		var phone = newPage(new Browser.NewContextOptions().setLocale("nb-NO").setTimezoneId("Europe/Oslo").setViewportSize(375, 740)
			.setIsMobile(true).setHasTouch(true));
		login(phone, acme.user().email(), TestTenants.PASSWORD);
		phone.navigate(url("/"));
		phone.locator("#home-my-bookings").click();
		var booking = phone.locator(".my-bookings .booking");
		assertThat(booking).hasCount(1);
		assertThat(booking).containsText("Visning hos Havbruk");
		assertThat(booking.locator(".booking-when")).containsText("11:00");
		org.assertj.core.api.Assertions.assertThat(scrollWidth(phone)).isLessThanOrEqualTo(375);
		screenshot(phone, testName + "-phone");
		phone.navigate(url("/calendar"));
		assertThat(phone.locator(".fc-list, .fc-list-empty").first()).isVisible();
		org.assertj.core.api.Assertions.assertThat(scrollWidth(phone)).isLessThanOrEqualTo(375);
		screenshot(phone, testName + "-phone-calendar");
	}
}
