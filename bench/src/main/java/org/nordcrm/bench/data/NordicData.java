package org.nordcrm.bench.data;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.OrganisationNumber;

/**
 * Realistic Nordic companies and people, made from a seed and an index: the same (seed, index) always gives the
 * same row, so a million rows stream without being held in memory, in any order or in parallel. 70 % of
 * companies are Norwegian, 30 % Swedish. Organisation numbers are valid (MOD11 / Luhn) and unique per seed for
 * up to 2 500 000 companies; phone numbers are written the many ways people write them.
 */
public final class NordicData {

	public record Company(long index, String country, String name, String organisationNumber, String street,
			String postcode, String city, String phone, String email, String website, String naceCode, int employees) {
	}

	public record Person(long index, long companyIndex, String country, String firstName, String lastName, String title,
			String mobile, String email, LocalDate birthDate) {
	}

	public static final long MAX_COMPANIES = 2_500_000;
	private static final int NO_CANDIDATES = 8;
	// bijections x -> (A x + C) mod M over the number bodies: distinct indexes give distinct numbers
	private static final long NO_SPACE = 20_000_000; // bodies 80000000-99999999
	private static final long SE_SPACE = 10_000_000; // 55 + 7 digits
	private static final long A = 7_368_787;

	private final long seed;
	private final @Nullable Vocabulary vocabulary;

	/** Names from the built-in lists only: a few hundred distinct name words, however many rows. */
	public NordicData(long seed) {
		this.seed = seed;
		this.vocabulary = null;
	}

	/**
	 * With {@code vocabulary} > 0, half of the surnames (of persons, and in company names) are drawn from a
	 * {@link Vocabulary} of that many generated Nordic-looking words, so the distinct name words grow to about
	 * {@code vocabulary} as a real register's do; the other half stay the common surnames. 0: as {@link #NordicData(long)}.
	 */
	public NordicData(long seed, int vocabulary) {
		this.seed = seed;
		this.vocabulary = vocabulary > 0 ? new Vocabulary(vocabulary, seed) : null;
	}

	/** The generated surnames beside the built-in ones; 0 when names come from the built-in lists only. */
	public int vocabulary() {
		return vocabulary == null ? 0 : vocabulary.size();
	}

	public Company company(long index) {
		if (index < 0 || index >= MAX_COMPANIES) {
			throw new IllegalArgumentException("company index out of range: " + index);
		}
		var r = random(index, 1);
		var c = r.nextInt(10) < 7 ? Names.NORWAY : Names.SWEDEN;
		var name = companyName(c, r);
		var town = pick(c.towns(), r);
		var domain = ascii(name.replaceFirst(" (AS|ASA|ENK|DA|AB|HB|Enskild firma)$", "")) + "." + c.webDomain();
		int employees = (int) Math.floor(Math.exp(r.nextDouble() * Math.log(5000)));
		return new Company(index, c.code(), name, organisationNumber(c, index), street(c, r), town.postcode(),
				town.city(), landline(c, r), pick(List.of("post", "firmapost", "info", "kontakt"), r) + "@" + domain,
				"www." + domain, pick(Names.NACE, r), employees);
	}

	/** Person {@code index}, working at one of the first {@code companies} companies. */
	public Person person(long index, long companies) {
		var r = random(index, 2);
		long companyIndex = Math.floorMod(r.nextLong(), companies);
		var company = company(companyIndex);
		var c = company.country().equals("NO") ? Names.NORWAY : Names.SWEDEN;
		var first = pick(c.firstNames(), r);
		var last = lastName(c, r);
		var domain = company.email().substring(company.email().indexOf('@') + 1);
		return new Person(index, companyIndex, c.code(), first, last, pick(c.titles(), r), mobile(c, r),
				ascii(first) + "." + ascii(last) + "@" + domain, LocalDate.of(1950 + r.nextInt(53), 1 + r.nextInt(12), 1 + r.nextInt(28)));
	}

	/** The text with one typing mistake (a letter dropped, doubled, swapped or replaced), never in the first letter. */
	public static String typo(String text, SplittableRandom r) {
		if (text.length() < 3) {
			return text;
		}
		int i = 1 + r.nextInt(text.length() - 2);
		return switch (r.nextInt(4)) {
			case 0 -> text.substring(0, i) + text.substring(i + 1);
			case 1 -> text.substring(0, i) + text.charAt(i) + text.substring(i);
			case 2 -> text.substring(0, i) + text.charAt(i + 1) + text.charAt(i) + text.substring(i + 2);
			default -> text.substring(0, i) + (char) ('a' + r.nextInt(26)) + text.substring(i + 1);
		};
	}

	/** Lower-case ASCII for e-mail addresses and domains: æ -> ae, ø/ö -> o, å/ä -> a, spaces -> hyphens. */
	public static String ascii(String text) {
		var s = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o");
		s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return s.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	/** A surname: from the built-in list, or (with a vocabulary) half the time a generated one. */
	private String lastName(Names.Country c, SplittableRandom r) {
		if (vocabulary == null || r.nextBoolean()) {
			return pick(c.lastNames(), r);
		}
		int i = r.nextInt(Integer.MAX_VALUE);
		return c == Names.NORWAY ? vocabulary.norwegian(i) : vocabulary.swedish(i);
	}

	private String companyName(Names.Country c, SplittableRandom r) {
		var form = pick(c.forms(), r);
		return switch (r.nextInt(4)) {
			case 0, 1 -> lastName(c, r) + " " + pick(c.trades(), r) + " " + form;
			case 2 -> pick(c.towns(), r).city() + " " + pick(c.trades(), r) + " " + form;
			default -> pick(c.nature(), r) + pick(List.of("", "vik", "heim", "lund", "dal", "berg"), r) + " "
					+ pick(c.trades(), r) + " " + form;
		};
	}

	private String organisationNumber(Names.Country c, long index) {
		if (c == Names.SWEDEN) {
			var body = "55" + String.format("%07d", bijection(index, SE_SPACE));
			return body + OrganisationNumber.luhnCheckDigit(body);
		}
		// about 1 body in 11 has no MOD11 check digit: each index owns 8 candidate bodies and takes the first valid
		for (int k = 0; k < NO_CANDIDATES; k++) {
			var body = String.valueOf(80_000_000 + bijection(index * NO_CANDIDATES + k, NO_SPACE));
			int check = OrganisationNumber.norwegianCheckDigit(body);
			if (check >= 0) {
				return body + check;
			}
		}
		throw new IllegalStateException("no valid Norwegian number among the candidates of index " + index);
	}

	private long bijection(long x, long space) {
		return Math.floorMod(A * x + seed, space);
	}

	private static String street(Names.Country c, SplittableRandom r) {
		return pick(c.streetWords(), r) + pick(c.streetKinds(), r) + " " + (1 + r.nextInt(120))
				+ (r.nextInt(8) == 0 ? String.valueOf((char) ('A' + r.nextInt(4))) : "");
	}

	private static String landline(Names.Country c, SplittableRandom r) {
		if (c == Names.NORWAY) {
			return written("+47", String.valueOf(2 + r.nextInt(6)) + digits(r, 7), r);
		}
		return pick(List.of("08-", "031-", "040-", "018-"), r) + digits(r, 3) + " " + digits(r, 2) + " " + digits(r, 2);
	}

	private static String mobile(Names.Country c, SplittableRandom r) {
		if (c == Names.NORWAY) {
			return written("+47", (r.nextBoolean() ? "9" : "4") + digits(r, 7), r);
		}
		var national = "7" + pick(List.of("0", "2", "3", "6"), r) + digits(r, 7);
		return r.nextBoolean() ? "+46 " + national.substring(0, 2) + " " + national.substring(2, 5) + " "
				+ national.substring(5, 7) + " " + national.substring(7) : "0" + national.substring(0, 2) + "-"
						+ national.substring(2, 5) + " " + national.substring(5, 7) + " " + national.substring(7);
	}

	/** A Norwegian 8-digit number as people write it: "912 34 567", "91234567", "+47 912 34 567", "0047 91234567". */
	private static String written(String countryCode, String eight, SplittableRandom r) {
		var grouped = eight.charAt(0) == '9' || eight.charAt(0) == '4'
				? eight.substring(0, 3) + " " + eight.substring(3, 5) + " " + eight.substring(5)
				: eight.substring(0, 2) + " " + eight.substring(2, 4) + " " + eight.substring(4, 6) + " " + eight.substring(6);
		return switch (r.nextInt(4)) {
			case 0 -> grouped;
			case 1 -> eight;
			case 2 -> countryCode + " " + grouped;
			default -> "00" + countryCode.substring(1) + " " + eight;
		};
	}

	private static String digits(SplittableRandom r, int count) {
		var sb = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			sb.append((char) ('0' + r.nextInt(10)));
		}
		return sb.toString();
	}

	private SplittableRandom random(long index, int stream) {
		return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 31 + stream);
	}

	private static <T> T pick(List<T> list, SplittableRandom r) {
		return list.get(r.nextInt(list.size()));
	}
}
