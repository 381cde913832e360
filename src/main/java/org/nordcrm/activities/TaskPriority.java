package org.nordcrm.activities;

/** How much a task matters; its label is message {@code tasks.priority.<NAME>}. */
public enum TaskPriority {
	LOW, NORMAL, HIGH;

	public String messageKey() {
		return "tasks.priority." + name();
	}
}
