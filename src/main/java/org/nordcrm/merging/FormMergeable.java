package org.nordcrm.merging;

import java.util.UUID;

/**
 * A {@link Mergeable} whose fields are described by a {@link MergeForm}: the comparison, labels and sides come
 * from the form and from how the kind finds a live record and names it.
 */
public abstract class FormMergeable<T> implements Mergeable {

	private final String kind;
	protected final MergeForm<T> form;

	protected FormMergeable(String kind, MergeForm<T> form) {
		this.kind = kind;
		this.form = form;
	}

	/** The live record; RecordNotFound when there is none (deleted, or another tenant's). */
	protected abstract T live(UUID id);

	protected abstract Comparison.Side side(T record);

	@Override
	public String kind() {
		return kind;
	}

	@Override
	public String labelKey(String field) {
		return form.labelKey(field);
	}

	@Override
	public Comparison.Side side(UUID id) {
		return side(live(id));
	}

	@Override
	public Comparison compare(UUID a, UUID b) {
		var first = live(a);
		var second = live(b);
		return new Comparison(side(first), side(second), form.compare(first, second));
	}
}
