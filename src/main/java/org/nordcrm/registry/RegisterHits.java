package org.nordcrm.registry;

import java.util.List;

/** One page of the register's answer to a search, and how many units it found in all. */
public record RegisterHits(List<RegisterUnit> units, long total) {
}
