package org.nordcrm.imports.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nordcrm.imports.ImportTarget;

/**
 * The fields a column can be read into, per target, and the header names each is known by: English, Norwegian
 * and Swedish labels and the export columns of 24SevenOffice, HubSpot, Salesforce and SuperOffice. Headers are
 * compared folded: lower case, letters and digits only, accents kept for æ ø å ä ö.
 */
public final class Fields {

	public static final List<String> COMPANY = List.of("name", "nickname", "organisationNumber", "customerNumber", "country",
			"phone", "mobile", "fax", "email", "website", "visitStreet", "visitPostcode", "visitCity", "postalStreet",
			"postalPostcode", "postalCity", "invoiceEmail", "employees", "turnover", "industry", "categories", "note");

	public static final List<String> PERSON = List.of("firstName", "lastName", "fullName", "title", "phone", "mobile", "email",
			"birthDate", "street", "postcode", "city", "country", "customerNumber", "companyOrganisationNumber", "companyNumber",
			"companyName", "position", "workPhone", "workEmail", "categories", "note");

	private static final List<String> COMPANY_LINK = List.of("companyOrganisationNumber", "companyNumber", "companyName",
			"position", "workPhone", "workEmail");

	private static final Map<String, String> COMPANY_ALIASES = new HashMap<>();
	private static final Map<String, String> PERSON_ALIASES = new HashMap<>();

	static {
		company("name", "name", "navn", "namn", "companyname", "company", "firma", "firmanavn", "foretak", "foretaksnavn",
				"företag", "företagsnamn", "bedrift", "bedriftsnavn", "accountname", "organisation", "organization", "kundenavn",
				"kundnamn", "customername", "contactname", "organisationsnamn");
		company("nickname", "nickname", "kallenavn", "kortnavn", "smeknamn", "kortnamn", "shortname", "department", "avdeling");
		company("organisationNumber", "organisationnumber", "organizationnumber", "orgnr", "orgno", "orgnumber",
				"organisasjonsnummer", "organisasjonsnr", "organisationsnummer", "organisationsnr", "orgnummer", "companygovno",
				"govno", "vatno", "vatnumber", "foretaksnummer", "regno", "registrationnumber", "companyregistrationnumber",
				"companyorgnr", "corporateidentitynumber");
		company("customerNumber", "customernumber", "customerno", "customerid", "customernr", "kundenummer", "kundenr",
				"kundnummer", "kundnr", "accountnumber", "number", "companyno", "companynumber", "companyid", "nummer");
		company("country", "country", "land", "countrycode", "landkode", "countryregion", "companycountry", "billingcountry");
		company("phone", "phone", "phonenumber", "telefon", "tlf", "telefonnummer", "companyphone", "phonenumberswork",
				"sentralbord", "växel", "vaxel", "mainphone");
		company("mobile", "mobile", "mobil", "mobiltelefon", "mobilnummer", "mobilephone", "cellphone", "companymobile",
				"phonenumbersmobile");
		company("fax", "fax", "telefaks", "faxnumber", "companyfax", "phonenumbersfax");
		company("email", "email", "epost", "epostadresse", "epostadress", "mail", "emailaddress", "companyemail",
				"emailaddresseswork", "emailadresse");
		company("website", "website", "web", "nettside", "hjemmeside", "webbplats", "hemsida", "url", "companydomainname",
				"domain", "www", "companyurl", "companywebsite", "webaddress");
		company("visitStreet", "visitingaddress", "visitaddress", "besøksadresse", "besoksadresse", "besöksadress",
				"street", "streetaddress", "address", "adresse", "adress", "gateadresse", "gatuadress", "shippingstreet",
				"companyaddress", "companystreet", "addressesvisitstreet", "visitstreet");
		company("visitPostcode", "postcode", "postnummer", "postnr", "zip", "zipcode", "postalcode", "visitpostcode",
				"besøkspostnummer", "shippingzippostalcode", "shippingpostalcode", "companypostcode", "companyzip",
				"companypostalcode", "addressesvisitpostalcode", "visitzip");
		company("visitCity", "city", "poststed", "sted", "ort", "postort", "town", "by", "visitcity", "besøkssted",
				"shippingcity", "companycity", "companypostalarea", "addressesvisitpostalarea", "visitpostalarea");
		company("postalStreet", "postaladdress", "postadresse", "postadress", "postboks", "postaddress", "billingstreet",
				"mailingstreet", "addressespoststreet", "poststreet");
		company("postalPostcode", "postalpostcode", "postpostnummer", "billingzippostalcode", "billingpostalcode",
				"addressespostpostalcode", "postzip", "postpostcode");
		company("postalCity", "postalcity", "billingcity", "addressespostpostalarea", "postcity", "postpoststed");
		company("invoiceEmail", "invoiceemail", "fakturaepost", "fakturaemail", "fakturamail", "invoiceemailaddress",
				"emailaddressesinvoice");
		company("employees", "employees", "antallansatte", "ansatte", "anställda", "antalanställda", "numberofemployees",
				"noofemployees", "employeecount");
		company("turnover", "turnover", "omsetning", "omsättning", "annualrevenue", "revenue");
		company("industry", "industry", "bransje", "bransch", "næring", "naering", "business", "companyindustry", "sector");
		company("categories", "categories", "category", "kategori", "kategorier", "tags", "companycategory", "kundetype");
		company("note", "note", "notes", "notat", "merknad", "anteckning", "anteckningar", "comment", "comments",
				"kommentar", "description", "beskrivelse", "beskrivning", "companynote", "info");

		person("firstName", "firstname", "fornavn", "förnamn", "fornamn", "givenname", "first");
		person("lastName", "lastname", "etternavn", "efternamn", "surname", "familyname", "last");
		person("fullName", "name", "navn", "namn", "fullname", "fulltnavn", "contactname", "kontaktperson", "contactperson",
				"fullständigtnamn", "personname", "kontakt");
		person("title", "title", "tittel", "titel", "salutation");
		person("phone", "phone", "telefon", "tlf", "phonenumber", "privatetelefon", "homephone", "privattelefon",
				"hemtelefon", "phonenumbershome");
		person("mobile", "mobile", "mobil", "mobiltelefon", "mobilephone", "mobilephonenumber", "cellphone", "mobilnummer",
				"phonenumbersmobile");
		person("email", "email", "epost", "mail", "emailaddress", "epostadresse", "epostadress", "emailaddresseswork");
		person("birthDate", "birthdate", "birthday", "dateofbirth", "fødselsdato", "fodselsdato", "födelsedatum",
				"födelsedag", "born", "født");
		person("street", "address", "adresse", "adress", "street", "streetaddress", "gateadresse", "gatuadress",
				"mailingstreet", "postadresse", "postadress", "postaladdress");
		person("postcode", "postcode", "postnummer", "postnr", "zip", "zipcode", "postalcode", "mailingzippostalcode",
				"mailingpostalcode");
		person("city", "city", "poststed", "sted", "ort", "postort", "town", "by", "mailingcity");
		person("country", "country", "land", "mailingcountry", "countryregion", "countrycode");
		person("customerNumber", "customernumber", "kundenummer", "kundenr", "kundnummer", "kundnr", "customerno",
				"customerid", "number", "personnumber", "contactid", "nummer");
		person("companyOrganisationNumber", "orgnr", "organisasjonsnummer", "organisationsnummer", "companygovno",
				"companyorgnr", "organisationnumber", "organizationnumber", "orgno");
		person("companyNumber", "companynumber", "companyno", "companycustomernumber", "firmakundenummer", "accountnumber",
				"companyid", "företagsnummer");
		person("companyName", "company", "companyname", "firma", "firmanavn", "bedrift", "foretak", "företag",
				"företagsnamn", "accountname", "organisation", "organization", "arbeidsgiver", "arbetsgivare", "associatedcompany");
		person("position", "position", "jobtitle", "stilling", "befattning", "rolle", "stillingstittel", "yrkestitel");
		person("workPhone", "workphone", "directphone", "direktenummer", "jobbtelefon", "arbetstelefon", "businessphone",
				"direkte", "phonenumberswork");
		person("workEmail", "workemail", "jobbepost", "arbetsepost", "businessemail", "arbeidsepost");
		person("categories", "categories", "category", "kategori", "kategorier", "tags");
		person("note", "note", "notes", "notat", "merknad", "anteckning", "comment", "kommentar", "description",
				"beskrivelse", "beskrivning", "info");
	}

	private Fields() {
	}

	public static List<String> of(ImportTarget target) {
		return target.companies() ? COMPANY
				: target == ImportTarget.PERSON ? PERSON : PERSON.stream().filter(f -> !COMPANY_LINK.contains(f)).toList();
	}

	/** A field for each header, by its name; each field once, the first column that names it winning. */
	public static List<@Nullable String> propose(ImportTarget target, List<String> header) {
		var aliases = target.companies() ? COMPANY_ALIASES : PERSON_ALIASES;
		var allowed = of(target);
		var taken = new HashSet<String>();
		var result = new ArrayList<@Nullable String>();
		for (var h : header) {
			var field = aliases.get(fold(h));
			if (field != null && allowed.contains(field) && taken.add(field)) {
				result.add(field);
			}
			else {
				result.add(null);
			}
		}
		return result;
	}

	/** Lower case, letters and digits only (æ ø å ä ö kept, other accents dropped): "Org.nr." is "orgnr". */
	public static String fold(String header) {
		var s = header.toLowerCase(Locale.ROOT).replace("æ", "\u0001").replace("ø", "\u0002").replace("å", "\u0003")
			.replace("ä", "\u0004").replace("ö", "\u0005");
		s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[^a-z0-9\u0001-\u0005]", "");
		return s.replace("\u0001", "æ").replace("\u0002", "ø").replace("\u0003", "å").replace("\u0004", "ä").replace("\u0005", "ö");
	}

	private static void company(String field, String... names) {
		for (var n : names) {
			COMPANY_ALIASES.putIfAbsent(fold(n), field);
		}
	}

	private static void person(String field, String... names) {
		for (var n : names) {
			PERSON_ALIASES.putIfAbsent(fold(n), field);
		}
	}
}
