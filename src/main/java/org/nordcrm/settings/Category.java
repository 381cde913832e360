package org.nordcrm.settings;

public record Category(CategoryId id, String name, CategoryScope scope) {
}
