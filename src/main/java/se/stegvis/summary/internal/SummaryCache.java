package se.stegvis.summary.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What summaries read or build from stored figures, kept per stored revision (docs/summary.md "Cached
 * summaries"). Every change of the stored figures (a round completed, reopened, stored again, its publication
 * changed) raises the revision in the same transaction, so whatever was read or built from them under one
 * revision stays right for as long as that revision is the current one. A generation holds the entries of one
 * revision; the first request that reads a newer revision starts a new generation and the old one is dropped,
 * on every node alike.
 *
 * <p>Bounded: a generation holds at most {@value #MAX_ENTRIES} entries and is emptied when full. A caller inside
 * a writing transaction may see its own, uncommitted revision (which a rollback would hand to somebody else), and
 * a caller that reads an older revision than the current generation's is behind: both get a private generation
 * that nobody else sees.
 */
@Component
public class SummaryCache {

	/** The most entries one generation holds. */
	public static final int MAX_ENTRIES = 2_000;

	private final ScoreRows rows;

	private final AtomicReference<Generation> current = new AtomicReference<>(new Generation(Long.MIN_VALUE));

	SummaryCache(ScoreRows rows) {
		this.rows = rows;
	}

	/** The generation of the stored revision as it reads now: one single-row query. */
	public Generation generation() {
		long revision = this.rows.revision();
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return new Generation(revision);
		}
		while (true) {
			Generation generation = this.current.get();
			if (generation.revision() == revision) {
				return generation;
			}
			if (generation.revision() > revision) {
				return new Generation(revision);
			}
			Generation next = new Generation(revision);
			if (this.current.compareAndSet(generation, next)) {
				return next;
			}
		}
	}

	/** The entries of one stored revision. Keys are records that say what they stand for, values never null. */
	public static final class Generation {

		private final long revision;

		private final ConcurrentMap<Object, Object> entries = new ConcurrentHashMap<>();

		Generation(long revision) {
			this.revision = revision;
		}

		/** The stored revision this generation belongs to. */
		public long revision() {
			return this.revision;
		}

		/**
		 * The entry under the key, computed (outside any lock: two requests may both compute it) when absent.
		 * @param compute never returns null
		 */
		@SuppressWarnings("unchecked")
		public <V> V get(Object key, Supplier<V> compute) {
			Object cached = this.entries.get(key);
			if (cached != null) {
				return (V) cached;
			}
			V value = compute.get();
			if (this.entries.size() >= MAX_ENTRIES) {
				this.entries.clear();
			}
			this.entries.put(key, value);
			return value;
		}

	}

}
