package org.nordcrm.exports.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How a file for one language writes its cells. Norwegian and Swedish spreadsheets read ';' between fields and a
 * decimal comma; English ones ',' and a decimal point. Dates as people there write them.
 */
public record Style(char separator, char decimal, DateTimeFormatter date, String excelDate, ZoneId zone) {

	public static Style of(Locale locale, ZoneId zone) {
		return switch (locale.getLanguage()) {
			case "nb", "no", "nn" -> new Style(';', ',', DateTimeFormatter.ofPattern("dd.MM.yyyy"), "dd.mm.yyyy", zone);
			case "sv" -> new Style(';', ',', DateTimeFormatter.ISO_LOCAL_DATE, "yyyy-mm-dd", zone);
			default -> new Style(',', '.', DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Locale.UK),
					"dd/mm/yyyy", zone);
		};
	}

	/** A DATE cell's value as a date in the user's time zone. */
	public LocalDate localDate(Object value) {
		return switch (value) {
			case LocalDate d -> d;
			case OffsetDateTime t -> t.atZoneSameInstant(zone).toLocalDate();
			case ZonedDateTime t -> t.withZoneSameInstant(zone).toLocalDate();
			case Instant i -> i.atZone(zone).toLocalDate();
			default -> throw new IllegalArgumentException("not a date: " + value.getClass());
		};
	}

	/** A number as a spreadsheet of this language reads it: no grouping, the language's decimal sign. */
	public String number(Number value) {
		var plain = switch (value) {
			case BigDecimal d -> d.toPlainString();
			case Double d -> BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
			case Float f -> BigDecimal.valueOf(f).stripTrailingZeros().toPlainString();
			default -> value.toString();
		};
		return decimal == '.' ? plain : plain.replace('.', decimal);
	}

	/** An amount with two decimals. */
	public String amount(BigDecimal amount) {
		return number(amount.setScale(2, RoundingMode.HALF_UP));
	}

	/**
	 * Text a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage return) gets a
	 * leading apostrophe, as OWASP recommends for CSV: "+47 22 33 44 55" stays readable as "'+47 22 33 44 55".
	 */
	public static String neutralised(String text) {
		return isFormulaLike(text) ? "'" + text : text;
	}

	public static boolean isFormulaLike(String text) {
		if (text.isEmpty()) {
			return false;
		}
		char c = text.charAt(0);
		return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
	}
}
