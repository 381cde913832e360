package org.nordcrm.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * Enhetsregisteret as WireMock, one per test run, answering with fixtures in the register's format (its published
 * documentation's field names, HAL {@code _embedded}/{@code page}, 410 Gone with {@code slettedato}). Test classes
 * that use it carry {@code @TestPropertySource(properties = { RegistryStub.URL, RegistryStub.TIMEOUT,
 * RegistryStub.BULK_DIR })} exactly, so they share one application context.
 */
public final class RegistryStub {

	public static final String URL = "nordcrm.registry.url=http://localhost:${nordcrm.test.registry-port}/enhetsregisteret/api";
	public static final String TIMEOUT = "nordcrm.registry.read-timeout=PT3S";
	public static final String BULK_DIR = "nordcrm.registry.bulk-dir=target/test-data/registry-bulk";

	/** Answers a search by name, a unit, its roles. */
	public static final String FJORDLYS = "923456783";
	/** Bankrupt and being wound up. */
	public static final String BANKRUPT = "934567897";
	/** Deleted: 410 Gone with slettedato. */
	public static final String DELETED = "812345672";
	/** A unit whose roles list is empty, for refreshes. */
	public static final String BERGEN_BYGG = "987654325";
	/** 500 from the register. */
	public static final String FAULT = "998877660";
	/** 429 Too Many Requests. */
	public static final String BUSY = "911223341";
	/** Answers after the read timeout. */
	public static final String SLOW = "922334455";
	/** 404: the register does not know it. */
	public static final String UNKNOWN = "933445569";

	private static final WireMockServer SERVER = start();

	private RegistryStub() {
	}

	public static WireMockServer server() {
		return SERVER;
	}

	private static WireMockServer start() {
		var server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		server.start();
		System.setProperty("nordcrm.test.registry-port", String.valueOf(server.port()));
		var api = "/enhetsregisteret/api/enheter";
		server.stubFor(get(urlPathEqualTo(api)).withQueryParam("navn", equalTo("fjord")).willReturn(okJson(fixture("enheter-navn-fjord.json"))));
		server.stubFor(get(urlPathEqualTo(api)).withQueryParam("navn", equalTo("zzzz")).willReturn(okJson(fixture("enheter-tomt.json"))));
		server.stubFor(get(urlPathEqualTo(api)).withQueryParam("navn", equalTo("busy")).willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json").withBody("{\"status\":429,\"error\":\"Too Many Requests\"}")));
		for (var n : new String[] { FJORDLYS, BANKRUPT, BERGEN_BYGG }) {
			server.stubFor(get(api + "/" + n).willReturn(okJson(fixture("enhet-" + n + ".json"))));
		}
		server.stubFor(get(api + "/" + FJORDLYS + "/roller").willReturn(okJson(fixture("roller-" + FJORDLYS + ".json"))));
		server.stubFor(get(api + "/" + BANKRUPT + "/roller").willReturn(okJson("{\"rollegrupper\": []}")));
		server.stubFor(get(api + "/" + BERGEN_BYGG + "/roller").willReturn(okJson("{\"rollegrupper\": []}")));
		server.stubFor(get(api + "/" + DELETED).willReturn(aResponse().withStatus(410)
			.withHeader("Content-Type", "application/json").withBody(fixture("enhet-" + DELETED + "-slettet.json"))));
		server.stubFor(get(api + "/" + FAULT).willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"timestamp\":\"2026-11-23T10:00:00.000+0000\",\"status\":500,\"error\":\"Internal Server Error\",\"path\":\"/enhetsregisteret/api/enheter/" + FAULT + "\"}")));
		server.stubFor(get(api + "/" + BUSY).willReturn(aResponse().withStatus(429)));
		server.stubFor(get(api + "/" + SLOW).willReturn(okJson(fixture("enhet-" + BERGEN_BYGG + ".json")).withFixedDelay(6000)));
		server.stubFor(get(api + "/" + UNKNOWN).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json").withBody("{\"status\":404,\"error\":\"Not Found\"}")));
		return server;
	}

	public static String fixture(String name) {
		try (var in = RegistryStub.class.getResourceAsStream("/registry/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException(name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
