package org.nordcrm.imports.internal;

import java.util.List;

/** Writes (or, in a preview, only weighs) a batch of rows as records of one kind. */
interface TargetRows {

	void process(List<Cells> batch, RunState state);
}
