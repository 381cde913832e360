package org.nordcrm.activities.web;

import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.nordcrm.activities.Task;
import org.nordcrm.activities.TaskInput;

/**
 * The task form: the due time is a date and an optional time of day, in the user's time zone. Errors of the
 * combined due time are shown at {@code due}. The pickers send no field when nothing is chosen: that clears.
 */
public class TaskForm {

	private @Nullable String title;
	private @Nullable String description;
	private @Nullable String dueDate;
	private @Nullable String dueTime;
	private @Nullable String priority = "NORMAL";
	private @Nullable String ownerId;
	private @Nullable String statusId;
	private @Nullable String companyId;
	private @Nullable String personId;
	private @Nullable Integer version;

	static TaskForm of(Task t, ZoneId zone) {
		var f = new TaskForm();
		f.title = t.title();
		f.description = t.description();
		if (t.due() != null) {
			var at = t.due().atZone(zone);
			f.dueDate = at.toLocalDate().toString();
			f.dueTime = t.allDay() ? null : at.toLocalTime().withSecond(0).withNano(0).toString();
		}
		f.priority = t.priority().name();
		f.ownerId = t.ownerId().toString();
		f.statusId = t.statusId().toString();
		f.companyId = t.companyId() == null ? null : t.companyId().toString();
		f.personId = t.personId() == null ? null : t.personId().toString();
		f.version = t.version();
		return f;
	}

	TaskInput input() {
		return new TaskInput(title == null ? "" : title, description == null ? "" : description, getDue(), priority, ownerId,
				statusId, companyId == null ? "" : companyId, personId == null ? "" : personId, version);
	}

	/** The due time as the service reads it: the day, with "T" and the time when one is given; empty for none. */
	public String getDue() {
		if (dueDate == null || dueDate.isBlank()) {
			return dueTime == null || dueTime.isBlank() ? "" : "T" + dueTime.strip();
		}
		return dueTime == null || dueTime.isBlank() ? dueDate.strip() : dueDate.strip() + "T" + dueTime.strip();
	}

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable String getDueDate() {
		return dueDate;
	}

	public void setDueDate(@Nullable String dueDate) {
		this.dueDate = dueDate;
	}

	public @Nullable String getDueTime() {
		return dueTime;
	}

	public void setDueTime(@Nullable String dueTime) {
		this.dueTime = dueTime;
	}

	public @Nullable String getPriority() {
		return priority;
	}

	public void setPriority(@Nullable String priority) {
		this.priority = priority;
	}

	public @Nullable String getOwnerId() {
		return ownerId;
	}

	public void setOwnerId(@Nullable String ownerId) {
		this.ownerId = ownerId;
	}

	public @Nullable String getStatusId() {
		return statusId;
	}

	public void setStatusId(@Nullable String statusId) {
		this.statusId = statusId;
	}

	public @Nullable String getCompanyId() {
		return companyId;
	}

	public void setCompanyId(@Nullable String companyId) {
		this.companyId = companyId;
	}

	public @Nullable String getPersonId() {
		return personId;
	}

	public void setPersonId(@Nullable String personId) {
		this.personId = personId;
	}

	public @Nullable Integer getVersion() {
		return version;
	}

	public void setVersion(@Nullable Integer version) {
		this.version = version;
	}
}
