package org.nordcrm.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that belongs to the current transaction: not seen in a transaction started while it runs (one of its own,
 * {@code REQUIRES_NEW}), and gone when it ends.
 */
public final class TransactionBound {

	private TransactionBound() {
	}

	/** Binds {@code value} under {@code key} to the current transaction, which must be active. */
	public static void bind(Object key, Object value) {
		TransactionSynchronizationManager.bindResource(key, value);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void suspend() {
				TransactionSynchronizationManager.unbindResource(key);
			}

			@Override
			public void resume() {
				TransactionSynchronizationManager.bindResource(key, value);
			}

			@Override
			public void beforeCompletion() {
				TransactionSynchronizationManager.unbindResourceIfPossible(key);
			}
		});
	}

	/** The value bound under {@code key} to the current transaction, if any. */
	public static <T> @Nullable T get(Object key, Class<T> type) {
		return type.cast(TransactionSynchronizationManager.getResource(key));
	}
}
