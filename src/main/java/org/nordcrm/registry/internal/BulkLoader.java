package org.nordcrm.registry.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.CheckedCompany;
import org.nordcrm.companies.CompanyInput;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.companies.OrganisationNumber;
import org.nordcrm.leads.LeadData;
import org.nordcrm.leads.LeadManagement;
import org.nordcrm.registry.BulkFilter;
import org.nordcrm.registry.BulkReport;
import org.nordcrm.registry.RegisterFacts;
import org.nordcrm.registry.RegisterUnit;
import org.nordcrm.shared.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.nordcrm.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.annotation.PreDestroy;

/**
 * Loads the register's bulk file into the CRM as leads for a campaign, filtered, skipping organisation numbers already there and units that
 * are deleted, bankrupt or being wound up. The file is streamed twice at most: a dry run counts; a load writes in
 * batches inside one transaction, so a file found broken half-way leaves nothing behind.
 */
@Component
public class BulkLoader {

	private static final int BATCH = 500;

	private final Path dir;
	private final CompanyManagement companies;
	private final CompanyFromRegister mapper;
	private final RegistryUnits units;
	private final LeadManagement leads;
	private final BulkLoads log;
	private final TransactionTemplate tx;
	private final TransactionTemplate separate;
	private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

	BulkLoader(@Value("${nordcrm.registry.bulk-dir}") Path dir, CompanyManagement companies, CompanyFromRegister mapper,
			RegistryUnits units, LeadManagement leads, BulkLoads log, PlatformTransactionManager transactions) {
		this.leads = leads;
		this.log = log;
		this.tx = new TransactionTemplate(transactions);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.dir = dir.toAbsolutePath().normalize();
		this.companies = companies;
		this.mapper = mapper;
		this.units = units;
	}

	/** The folder bulk files are read from. */
	public Path dir() {
		return dir;
	}

	/** Runs a load here and now (the API's way): its report, or the refusal. */
	public BulkReport load(@Nullable String file, BulkFilter filter, boolean dryRun) {
		var path = resolve(file);
		return Objects.requireNonNull(tx.execute(s -> new Run(filter, dryRun, read -> {
		}).over(path)));
	}

	/**
	 * Starts a load on a worker thread (the page's way) and returns its id in the log, where its progress (units
	 * read, committed apart every {@value #PROGRESS_EVERY}) and then its report or refusal can be followed. A file
	 * that is not there is refused at once.
	 */
	public UUID start(@Nullable String file, BulkFilter filter, boolean dryRun) {
		var path = resolve(file);
		var tenant = TenantContext.require();
		var actor = TenantContext.actor();
		var id = Objects.requireNonNull(separate.execute(s -> log.start(dir.relativize(path).toString(), filter.describe(), dryRun)));
		workers.submit(() -> TenantContext.callAs(tenant, actor, TenantContext.JOB, () -> {
			run(id, path, filter, dryRun);
			return null;
		}));
		return id;
	}

	private static final int PROGRESS_EVERY = 5_000;

	private void run(UUID id, Path path, BulkFilter filter, boolean dryRun) {
		try {
			var report = Objects.requireNonNull(tx.execute(s -> new Run(filter, dryRun, read -> {
				if (read % PROGRESS_EVERY == 0) {
					separate.executeWithoutResult(p -> log.progress(id, read));
				}
			}).over(path)));
			separate.executeWithoutResult(s -> log.finish(id, report));
		}
		catch (InvalidInput e) {
			var first = e.errors().getFirst();
			var parts = new ArrayList<String>();
			parts.add(first.messageKey());
			for (var a : first.args()) {
				parts.add(String.valueOf(a));
			}
			separate.executeWithoutResult(s -> log.fail(id, String.join("|", parts)));
		}
		catch (RuntimeException e) {
			LOG.warn("registry bulk load {} failed; nothing of it was written", id, e);
			separate.executeWithoutResult(s -> log.fail(id, "registry.bulk.error.failed"));
		}
	}

	private static final Logger LOG = LoggerFactory.getLogger(BulkLoader.class);

	@PreDestroy
	void stop() {
		workers.shutdownNow();
	}

	/** A file name or path inside the bulk folder; anything else is refused. */
	Path resolve(@Nullable String file) {
		if (file == null || file.isBlank()) {
			throw InvalidInput.of("path", "validation.required");
		}
		var path = dir.resolve(file.strip()).toAbsolutePath().normalize();
		if (!path.startsWith(dir)) {
			throw InvalidInput.of("path", "registry.bulk.error.outside", dir.toString());
		}
		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			throw InvalidInput.of("path", "registry.bulk.error.missing", file.strip());
		}
		try {
			// a symbolic link inside the folder must not lead out of it
			if (!path.toRealPath().startsWith(dir.toRealPath())) {
				throw InvalidInput.of("path", "registry.bulk.error.outside", dir.toString());
			}
		}
		catch (java.io.IOException e) {
			throw InvalidInput.of("path", "registry.bulk.error.missing", file.strip());
		}
		return path;
	}

	private final class Run {

		private final BulkFilter filter;
		private final boolean dryRun;
		private final LongConsumer progress;
		private long read;
		private final CompanyFromRegister.IndustryMap industries = mapper.industries();
		private final Set<String> seen = new HashSet<>();
		private final List<RegisterUnit> batch = new ArrayList<>();
		private long matched;
		private long created;
		private long existing;
		private long inactive;

		Run(BulkFilter filter, boolean dryRun, LongConsumer progress) {
			this.filter = filter;
			this.dryRun = dryRun;
			this.progress = progress;
		}

		BulkReport over(Path path) {
			long read = BulkFile.read(path, this::take);
			flush();
			return new BulkReport(read, matched, created, existing, inactive, dryRun);
		}

		private void take(RegisterUnit u) {
			progress.accept(++read);
			if (!filter.matches(u)) {
				return;
			}
			matched++;
			if (u.deletedOn() != null || u.flagged() || !valid(u.organisationNumber())) {
				inactive++;
				return;
			}
			if (!seen.add(u.organisationNumber())) {
				existing++;
				return;
			}
			batch.add(u);
			if (batch.size() >= BATCH) {
				flush();
			}
		}

		private void flush() {
			if (batch.isEmpty()) {
				return;
			}
			var known = new HashSet<String>();
			companies.withOrganisationNumbers(batch.stream().map(RegisterUnit::organisationNumber).toList())
				.forEach(c -> known.add(c.organisationNumber()));
			var fresh = batch.stream().filter(u -> !known.contains(u.organisationNumber())).toList();
			existing += batch.size() - fresh.size();
			if (!dryRun && !fresh.isEmpty()) {
				// lead companies (module leads), owned by whoever runs the load
				var inputs = fresh.stream().map(u -> mapper.input(u, industries)).toList();
				var made = leads.registerCompanies(inputs.stream().map(this::checked).toList(),
						new LeadData(null, null, inputs.getFirst().ownerId(), null));
				var facts = new ArrayList<Map.Entry<UUID, RegisterFacts>>();
				var now = OffsetDateTime.now();
				for (int i = 0; i < made.size(); i++) {
					facts.add(new AbstractMap.SimpleEntry<>(made.get(i).id().value(), RegisterFacts.of(fresh.get(i), now)));
				}
				units.insertAll(facts);
				created += made.size();
			}
			batch.clear();
		}

		/** A unit as a company checked once; a web address the register has that the CRM refuses is left out. */
		private CheckedCompany checked(CompanyInput in) {
			var checked = companies.check(in);
			return checked.errors().isEmpty() ? checked : companies.check(CompanyFromRegister.withoutWebsite(in));
		}
	}

	private static boolean valid(String orgnr) {
		try {
			OrganisationNumber.parse("NO", orgnr);
			return true;
		}
		catch (InvalidInput e) {
			return false;
		}
	}
}
