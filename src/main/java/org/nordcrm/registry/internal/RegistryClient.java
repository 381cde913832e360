package org.nordcrm.registry.internal;

import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nordcrm.registry.RegisterHits;
import org.nordcrm.registry.RegisterRole;
import org.nordcrm.registry.RegisterUnit;
import org.nordcrm.registry.RegistryUnavailable;
import org.nordcrm.shared.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enhetsregisteret's open JSON API (HAL): {@code /enheter?navn=}, {@code /enheter/{orgnr}} (410 Gone with
 * {@code slettedato} for a deleted unit) and {@code /enheter/{orgnr}/roller}, with connect and read timeouts and a
 * small cache of answers. Every failure becomes a message key, never an exception the user would see as a 500.
 */
@Component
public class RegistryClient {

	private static final Logger log = LoggerFactory.getLogger(RegistryClient.class);
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private record Answer(int status, @Nullable JsonNode body) {
	}

	private final RestClient http;
	private final TimedCache<Answer> cache;

	RegistryClient(RegistryProperties props) {
		var client = HttpClient.newBuilder().connectTimeout(props.connectTimeout())
			.followRedirects(HttpClient.Redirect.NORMAL).build();
		var factory = new JdkClientHttpRequestFactory(client);
		factory.setReadTimeout(props.readTimeout());
		this.http = RestClient.builder().baseUrl(props.url()).requestFactory(factory).build();
		this.cache = new TimedCache<>(props.cacheSize(), props.cacheTtl(), Clock.systemUTC());
	}

	/** Units whose name matches, as the register ranks them. */
	public RegisterHits search(String name, int size) {
		var answer = get("/enheter?navn={navn}&size={size}", name, size);
		if (answer.status() != 200 || answer.body() == null) {
			throw failure("q", answer.status());
		}
		var units = new java.util.ArrayList<RegisterUnit>();
		var list = answer.body().path("_embedded").path("enheter");
		if (list.isArray()) {
			list.forEach(n -> {
				var u = UnitReader.unit(n);
				if (u != null) {
					units.add(u);
				}
			});
		}
		var total = answer.body().path("page").path("totalElements");
		return new RegisterHits(List.copyOf(units), total.isNumber() ? total.asLong() : units.size());
	}

	/** The unit with this (checked) number; empty when the register does not know it; deleted ones come back too. */
	public Optional<RegisterUnit> unit(String orgnr) {
		var answer = get("/enheter/{orgnr}", orgnr);
		return switch (answer.status()) {
			case 200, 410 -> {
				var body = answer.body();
				var unit = body == null ? null : UnitReader.unit(body);
				if (unit != null && answer.status() == 410 && unit.deletedOn() == null) {
					// a 410 without a date is still a deleted unit
					unit = new RegisterUnit(unit.organisationNumber(), unit.name(), unit.formCode(), unit.formName(),
							unit.businessAddress(), unit.postalAddress(), unit.naceCode(), unit.naceName(), unit.employees(),
							unit.website(), unit.vatRegistered(), unit.bankrupt(), unit.underLiquidation(),
							unit.underForcedLiquidation(), java.time.LocalDate.EPOCH);
				}
				if (unit == null && answer.status() == 410) {
					throw InvalidInput.of("q", "registry.error.deleted", "");
				}
				yield Optional.ofNullable(unit);
			}
			case 404, 400 -> Optional.empty();
			default -> throw failure("q", answer.status());
		};
	}

	/** The persons holding roles in the unit; none when it has none (or is unknown). */
	public List<RegisterRole> roles(String orgnr) {
		var answer = get("/enheter/{orgnr}/roller", orgnr);
		return switch (answer.status()) {
			case 200 -> answer.body() == null ? List.of() : UnitReader.roles(answer.body());
			case 404, 410 -> List.of();
			default -> throw failure(null, answer.status());
		};
	}

	private Answer get(String uri, Object... vars) {
		var key = uri + java.util.Arrays.toString(vars);
		return cache.get(key, () -> fetch(uri, vars));
	}

	private Answer fetch(String uri, Object... vars) {
		try {
			var answer = http.get().uri(uri, vars).accept(MediaType.APPLICATION_JSON).exchange((req, res) -> {
				int status = res.getStatusCode().value();
				var bytes = StreamUtils.copyToByteArray(res.getBody());
				JsonNode body = null;
				if (bytes.length > 0 && (status == 200 || status == 410)) {
					try {
						body = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
					}
					catch (JacksonException e) {
						log.warn("Enhetsregisteret answered {} with what is not JSON", status);
						status = 502;
					}
				}
				return new Answer(status, body);
			});
			if (answer.status() == 429 || answer.status() >= 500) {
				// never cached: the next try may succeed
				throw failure(null, answer.status());
			}
			return answer;
		}
		catch (ResourceAccessException e) {
			log.warn("Enhetsregisteret not reached: {}", e.getMessage());
			throw new RegistryUnavailable(null, timedOut(e) ? "registry.error.timeout" : "registry.error.unreachable");
		}
	}

	private static boolean timedOut(Throwable e) {
		for (var t = e; t != null; t = t.getCause()) {
			if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

	private static InvalidInput failure(@Nullable String field, int status) {
		if (status == 429) {
			return new RegistryUnavailable(field, "registry.error.busy");
		}
		if (status >= 500) {
			return new RegistryUnavailable(field, "registry.error.down");
		}
		return new RegistryUnavailable(field, "registry.error.unexpected");
	}

}
