package org.nordcrm.search;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nordcrm.shared.PhoneNumbers;

/** What a record is found by: the words of its names, and whole terms such as numbers and e-mail addresses. */
public final class SearchTerms {

	private final Set<String> names = new LinkedHashSet<>();
	private final Set<String> terms = new LinkedHashSet<>();

	/** Names and other text: each word is found by its beginning, by a part of it, and despite a typo. */
	public SearchTerms text(@Nullable String... texts) {
		for (var t : texts) {
			if (t != null) {
				names.addAll(SearchText.words(t));
			}
		}
		return this;
	}

	/** Numbers (customer number, organisation number), found by their beginning whatever the spacing. */
	public SearchTerms number(@Nullable Object... numbers) {
		for (var n : numbers) {
			if (n != null) {
				add(SearchText.digits(n.toString()));
			}
		}
		return this;
	}

	/** Phone numbers in E.164 form: found by the national number or with the country code. */
	public SearchTerms phone(@Nullable String... e164s) {
		for (var p : e164s) {
			if (p != null && !p.isBlank()) {
				add(SearchText.digits(p));
				add(PhoneNumbers.nationalDigits(p));
			}
		}
		return this;
	}

	/** E-mail addresses: found by the address, and by the domain. */
	public SearchTerms email(@Nullable String... emails) {
		for (var e : emails) {
			if (e != null && !e.isBlank()) {
				var address = SearchText.fold(e.strip());
				add(address);
				int at = address.indexOf('@');
				if (at > 0) {
					add(address.substring(at + 1));
				}
			}
		}
		return this;
	}

	private void add(String term) {
		if (!term.isEmpty()) {
			terms.add(term.length() > 320 ? term.substring(0, 320) : term);
		}
	}

	/** The name words, which also go into the dictionary for substring and typo matches. */
	public Set<String> names() {
		return names;
	}

	/** Every word the record is found by. */
	public Set<String> all() {
		var all = new LinkedHashSet<>(names);
		all.addAll(terms);
		return all;
	}
}
