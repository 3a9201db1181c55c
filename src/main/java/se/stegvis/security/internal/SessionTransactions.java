package se.stegvis.security.internal;

import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions of Spring Session JDBC. Spring Session (4.1) reads through {@link #execute}, one statement
 * (a session with its attributes, the sessions of a principal, the clean-up of expired sessions), and writes through
 * {@link #executeWithoutResult}, several statements that must succeed together. A read needs no transaction of its
 * own: without one, every signed-in request reads its session in one round trip instead of three (BEGIN, SELECT,
 * COMMIT) on PostgreSQL. A write keeps its transaction. {@code SessionTransactionsTest} holds Spring Session to
 * that division.
 */
final class SessionTransactions implements TransactionOperations {

	private final TransactionTemplate reads;

	private final TransactionTemplate writes;

	SessionTransactions(PlatformTransactionManager transactions) {
		this.reads = new TransactionTemplate(transactions);
		this.reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
		this.reads.setReadOnly(true);
		this.writes = new TransactionTemplate(transactions);
	}

	@Override
	public <T> @Nullable T execute(TransactionCallback<T> action) throws TransactionException {
		return this.reads.execute(action);
	}

	@Override
	public void executeWithoutResult(Consumer<TransactionStatus> action) throws TransactionException {
		this.writes.executeWithoutResult(action);
	}

}
