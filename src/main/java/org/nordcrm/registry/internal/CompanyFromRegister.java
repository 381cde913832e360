package org.nordcrm.registry.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.Address;
import org.nordcrm.companies.CompanyInput;
import org.nordcrm.companies.Relation;
import org.nordcrm.registry.RegisterUnit;
import org.nordcrm.registry.RegisterUnit.RegisterAddress;
import org.nordcrm.security.UserId;
import org.nordcrm.settings.Industry;
import org.nordcrm.settings.IndustryId;
import org.nordcrm.settings.Registers;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * Turns a register unit into the CRM's company input: name, organisation number, addresses, industry (the NACE code
 * mapped onto the industries register, created when missing), employees, website.
 */
@Component
public class CompanyFromRegister {

	private final Registers registers;

	CompanyFromRegister(Registers registers) {
		this.registers = registers;
	}

	/** Industries by NACE code, for one create or one bulk load (so each is looked up or made once). */
	public final class IndustryMap {

		private final Map<String, @Nullable IndustryId> byCode = new HashMap<>();
		private @Nullable List<Industry> all;

		public @Nullable IndustryId of(RegisterUnit u) {
			if (u.naceCode() == null) {
				return null;
			}
			return byCode.computeIfAbsent(u.naceCode(), code -> find(code, u.naceName()));
		}

		private @Nullable IndustryId find(String code, @Nullable String name) {
			if (all == null) {
				all = registers.industries();
			}
			for (var i : all) {
				if (code.equals(i.code())) {
					return i.id();
				}
			}
			var label = name == null ? code : name.length() > 200 ? name.substring(0, 200) : name;
			var named = registers.industryNamed(label);
			if (named.isPresent()) {
				return named.get().id();
			}
			return registers.saveIndustry(null, label, code.length() > 20 ? code.substring(0, 20) : code).id();
		}
	}

	public IndustryMap industries() {
		return new IndustryMap();
	}

	public CompanyInput input(RegisterUnit u, IndustryMap industries) {
		var actor = TenantContext.actor();
		return new CompanyInput(u.name(), null, u.organisationNumber(), "NO", Set.of(Relation.CUSTOMER), null,
				industries.of(u), actor == null ? null : new UserId(actor), null, null, null, null, u.website(),
				address(u.businessAddress()), address(u.postalAddress()), Address.EMPTY, Address.EMPTY, null, null,
				u.employees(), null, "NOK", null, List.of(), null, null, List.of(), null, null);
	}

	/** The input with the website left out: the register's may be one the CRM does not accept as a web address. */
	public static CompanyInput withoutWebsite(CompanyInput in) {
		return with(in, in.name(), null, in.employees(), in.industryId(), in.visitingAddress(), in.postalAddress());
	}

	/** The input with the fields a refresh may change set, the rest as it is. */
	public static CompanyInput with(CompanyInput in, @Nullable String name, @Nullable String website,
			@Nullable Integer employees, @Nullable IndustryId industry, Address visiting, Address postal) {
		return new CompanyInput(name, in.nickname(), in.organisationNumber(), in.country(), in.relations(), in.statusId(),
				industry, in.ownerId(), in.phone(), in.mobile(), in.fax(), in.email(), website, visiting, postal,
				in.invoiceAddress(), in.deliveryAddress(), in.invoiceMethod(), in.invoiceEmail(), employees, in.turnover(),
				in.turnoverCurrency(), in.note(), in.categoryIds(), in.originId(), in.sourceId(), in.productInterestIds(),
				in.numberSeriesId(), in.version());
	}

	public static Address address(@Nullable RegisterAddress a) {
		if (a == null) {
			return Address.EMPTY;
		}
		var street = a.street();
		if (street == null && a.postcode() == null && a.city() == null) {
			return Address.EMPTY;
		}
		return new Address(street, a.postcode(), a.city(), a.countryCode() == null ? "NO" : a.countryCode());
	}
}
