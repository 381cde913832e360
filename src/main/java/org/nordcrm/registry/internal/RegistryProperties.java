package org.nordcrm.registry.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Enhetsregisteret's open API is and how long to wait for it; answers are cached for {@code cacheTtl}, at most
 * {@code cacheSize} of them (a unit looked at, then created, is fetched once).
 */
@ConfigurationProperties("nordcrm.registry")
public record RegistryProperties(@DefaultValue("https://data.brreg.no/enhetsregisteret/api") String url,
		@DefaultValue("PT3S") Duration connectTimeout, @DefaultValue("PT8S") Duration readTimeout,
		@DefaultValue("500") int cacheSize, @DefaultValue("PT10M") Duration cacheTtl) {
}
