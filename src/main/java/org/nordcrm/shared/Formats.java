package org.nordcrm.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, numbers and money as the user reads them: 31.01.2027 and 1 234,50 kr in bokmål, 2027-01-31 in
 * Swedish. Patterns come from the message files; times are shown in the user's time zone. Templates call it as
 * {@code ${@fmt.date(x)}}.
 */
@Component("fmt")
public class Formats {

	private final MessageSource messages;

	Formats(MessageSource messages) {
		this.messages = messages;
	}

	public String date(@Nullable Object value) {
		return switch (value) {
			case null -> "";
			case LocalDate d -> d.format(pattern("format.date"));
			case Instant i -> i.atZone(zone()).format(pattern("format.date"));
			default -> value.toString();
		};
	}

	public String dateTime(@Nullable Instant value) {
		return value == null ? "" : value.atZone(zone()).format(pattern("format.dateTime"));
	}

	public String number(@Nullable Number value) {
		return value == null ? "" : NumberFormat.getNumberInstance(locale()).format(value);
	}

	public String money(@Nullable BigDecimal amount, String currency) {
		if (amount == null) {
			return "";
		}
		var f = NumberFormat.getCurrencyInstance(locale());
		f.setCurrency(Currency.getInstance(currency));
		return f.format(amount);
	}

	/** A stored (E.164) phone number as people at home write it: national form at home, international abroad. */
	public String phone(@Nullable String e164) {
		return e164 == null ? "" : PhoneNumbers.display(e164, "sv".equals(locale().getLanguage()) ? "SE" : "NO");
	}

	private DateTimeFormatter pattern(String key) {
		var locale = locale();
		return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale);
	}

	private static Locale locale() {
		var l = LocaleContextHolder.getLocale();
		// the language alone formats numbers the way the country of that language does
		return switch (l.getLanguage()) {
			case "nb" -> Locale.forLanguageTag("nb-NO");
			case "sv" -> Locale.forLanguageTag("sv-SE");
			default -> Locale.forLanguageTag("en-GB");
		};
	}

	/** The time zone of the user the work is for (Oslo when none is known): days and local times are read in it. */
	public static ZoneId zone() {
		var tz = LocaleContextHolder.getTimeZone();
		return tz == null ? OSLO : tz.toZoneId();
	}

	/** A saved time zone by its name; Oslo's when the name is not a known zone. */
	public static ZoneId zone(String timeZone) {
		try {
			return ZoneId.of(timeZone);
		}
		catch (DateTimeException e) {
			return OSLO;
		}
	}

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
}
