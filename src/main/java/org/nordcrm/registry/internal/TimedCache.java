package org.nordcrm.registry.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A small cache: at most {@code size} entries, each kept for {@code ttl}, the least recently used dropped first.
 * The register's data changes daily at most, so a few minutes of staleness costs nothing.
 */
final class TimedCache<V> {

	private record Cached<V>(V value, Instant expires) {
	}

	private final Duration ttl;
	private final Clock clock;
	private final LinkedHashMap<String, Cached<V>> entries;

	TimedCache(int size, Duration ttl, Clock clock) {
		this.ttl = ttl;
		this.clock = clock;
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Cached<V>> eldest) {
				return size() > size;
			}
		};
	}

	/** The cached value, else the loader's (which may throw: then nothing is cached). */
	V get(String key, Supplier<V> loader) {
		synchronized (entries) {
			var e = entries.get(key);
			if (e != null && e.expires().isAfter(clock.instant())) {
				return e.value();
			}
		}
		var value = loader.get();
		synchronized (entries) {
			entries.put(key, new Cached<>(value, clock.instant().plus(ttl)));
		}
		return value;
	}

	void clear() {
		synchronized (entries) {
			entries.clear();
		}
	}
}
