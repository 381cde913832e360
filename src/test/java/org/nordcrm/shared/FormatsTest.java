package org.nordcrm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.context.support.ResourceBundleMessageSource;

class FormatsTest {

	private final Formats fmt = new Formats(messages());

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void bokmal() {
		use("nb", "Europe/Oslo");
		assertThat(fmt.date(LocalDate.of(2027, 1, 31))).isEqualTo("31.01.2027");
		assertThat(fmt.money(new BigDecimal("1234.50"), "NOK")).isEqualTo("1\u00a0234,50\u00a0kr");
		assertThat(fmt.number(1234567)).isEqualTo("1\u00a0234\u00a0567");
		// 23:30 UTC on 31 January is already 1 February in Oslo
		assertThat(fmt.dateTime(Instant.parse("2027-01-31T23:30:00Z"))).isEqualTo("01.02.2027 00:30");
	}

	@Test
	void swedish() {
		use("sv", "Europe/Stockholm");
		assertThat(fmt.date(LocalDate.of(2027, 1, 31))).isEqualTo("2027-01-31");
		assertThat(fmt.money(new BigDecimal("1234.50"), "SEK")).isEqualTo("1\u00a0234,50\u00a0kr");
	}

	@Test
	void english() {
		use("en", "Europe/London");
		assertThat(fmt.date(LocalDate.of(2027, 1, 31))).isEqualTo("31 Jan 2027");
		assertThat(fmt.money(new BigDecimal("1234.50"), "EUR")).isEqualTo("€1,234.50");
		assertThat(fmt.date(null)).isEmpty();
	}

	private static void use(String language, String zone) {
		LocaleContextHolder.setLocaleContext(new SimpleTimeZoneAwareLocaleContext(Locale.forLanguageTag(language), TimeZone.getTimeZone(zone)));
	}

	private static ResourceBundleMessageSource messages() {
		var m = new ResourceBundleMessageSource();
		m.setBasename("messages/messages");
		m.setDefaultEncoding("UTF-8");
		m.setFallbackToSystemLocale(false);
		return m;
	}
}
