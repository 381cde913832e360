package org.nordcrm.shared;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Countries for a choice list, named in the user's language: the Nordic ones first, then all others by name. */
public final class Countries {

	public record Country(String code, String name) {
	}

	private static final List<String> NORDIC = List.of("NO", "SE", "DK", "FI", "IS");

	private Countries() {
	}

	public static List<Country> all(Locale locale) {
		var collator = Collator.getInstance(locale);
		var result = new ArrayList<Country>();
		NORDIC.forEach(c -> result.add(country(c, locale)));
		var others = new ArrayList<Country>();
		for (var code : Locale.getISOCountries()) {
			if (!NORDIC.contains(code)) {
				others.add(country(code, locale));
			}
		}
		others.sort(Comparator.comparing(Country::name, collator));
		result.addAll(others);
		return result;
	}

	public static Country country(String code, Locale locale) {
		return new Country(code, Locale.of("", code).getDisplayCountry(locale));
	}
}
