package org.nordcrm.imports;

/** Where an import stands. */
public enum ImportState {
	/** Read and waiting for its mapping, preview and start. */
	UPLOADED,
	RUNNING,
	/** Everything written; its report stands and it may be undone. */
	DONE,
	/** Stopped by an error or by the node going down: nothing was written, and it may be started again. */
	FAILED,
	/** Stopped by the user: nothing was written. */
	CANCELLED,
	/** Undone: what it created is gone, what it updated is back as it was. */
	UNDONE;

	public boolean finished() {
		return this != UPLOADED && this != RUNNING;
	}
}
