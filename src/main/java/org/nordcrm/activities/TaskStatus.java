package org.nordcrm.activities;

/**
 * An entry of the tenant's register of task statuses. A status that {@code closes} ends the task (done,
 * cancelled); the others are open. Statuses are shown by {@code position}.
 */
public record TaskStatus(TaskStatusId id, String name, boolean closes, int position, int version) {
}
