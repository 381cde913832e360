package org.nordcrm.settings.internal;

import java.util.List;

import org.nordcrm.settings.CategoryScope;
import org.nordcrm.settings.NamedRegister;
import org.nordcrm.settings.NumberSeriesManagement;
import org.nordcrm.settings.Registers;
import org.nordcrm.tenancy.TenantCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new tenant starts with registers it can work with at once: the usual company statuses and contact roles, a
 * customer number series, two categories, and the usual contact origins and sources of extra info (products of
 * interest depend on what the tenant sells, so it starts with none). They are data, in Norwegian, and administrators
 * rename them freely.
 */
@Component
class StartingRegisters {

	static final List<String> STATUSES = List.of("Aktiv", "Prospekt", "Inaktiv", "Avsluttet");
	static final List<String> ROLES = List.of("Daglig leder", "Styreleder", "Økonomiansvarlig", "Innkjøpsansvarlig",
			"Salgsansvarlig", "Konsulent");
	static final List<String> ORIGINS = List.of("Nettside", "Messe", "Anbefaling", "Kald henvendelse");
	static final List<String> SOURCES = List.of("Nettside", "Annonse", "Messe", "Partner");
	/** In this order: the first is a new lead's status. */
	static final List<String> LEAD_STATUSES = List.of("Ny", "Kontaktet", "Kvalifisert", "Diskvalifisert");

	private final Registers registers;
	private final NumberSeriesManagement series;

	StartingRegisters(Registers registers, NumberSeriesManagement series) {
		this.registers = registers;
		this.series = series;
	}

	@EventListener
	void on(TenantCreated event) {
		for (var status : STATUSES) {
			registers.saveStatus(null, status, status.equals(STATUSES.getFirst()));
		}
		ROLES.forEach(role -> registers.saveRole(null, role));
		registers.saveCategory(null, "VIP", CategoryScope.BOTH);
		registers.saveCategory(null, "Nyhetsbrev", CategoryScope.PERSON);
		series.save(null, "Kunder", 10_000L, 99_999L, true);
		ORIGINS.forEach(origin -> registers.save(NamedRegister.ORIGINS, null, origin));
		SOURCES.forEach(source -> registers.save(NamedRegister.SOURCES, null, source));
		LEAD_STATUSES.forEach(status -> registers.save(NamedRegister.LEAD_STATUSES, null, status));
		series.createLeadSeries();
	}
}
