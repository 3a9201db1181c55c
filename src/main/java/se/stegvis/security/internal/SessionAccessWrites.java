package se.stegvis.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Writes a session's last access to the database at most once per interval, instead of on every request.
 * Spring Session marks a session changed on each request only to store the time of access, so every page cost a
 * write and a commit. With this, a request that changes nothing in the session writes nothing, and a session
 * expires at most one interval earlier than its last request plus the timeout; the page's session warning
 * counts with the timeout less the interval ({@code AccountLayoutAttributes}). Anything else that changes
 * (attributes, the id, the timeout) is written as before.
 */
class SessionAccessWrites implements BeanPostProcessor {

	private final Duration interval;

	SessionAccessWrites(Duration interval) {
		this.interval = interval;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof JdbcIndexedSessionRepository repository) {
			return new Repository(repository, this.interval);
		}
		return bean;
	}

	/** The database's sessions, each wrapped so that its access time is set at most once per interval. */
	static final class Repository implements FindByIndexNameSessionRepository<AccessSession> {

		private final FindByIndexNameSessionRepository<Session> sessions;

		private final Duration interval;

		@SuppressWarnings({ "unchecked", "rawtypes" })
		Repository(FindByIndexNameSessionRepository<? extends Session> sessions, Duration interval) {
			// The wrapped repository only ever gets back the sessions it handed out.
			this.sessions = (FindByIndexNameSessionRepository) sessions;
			this.interval = interval;
		}

		@Override
		public AccessSession createSession() {
			return new AccessSession(this.sessions.createSession(), this.interval);
		}

		@Override
		public void save(AccessSession session) {
			this.sessions.save(session.session);
		}

		@Override
		public @Nullable AccessSession findById(String id) {
			Session session = this.sessions.findById(id);
			return (session != null) ? new AccessSession(session, this.interval) : null;
		}

		@Override
		public void deleteById(String id) {
			this.sessions.deleteById(id);
		}

		@Override
		public Map<String, AccessSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			Map<String, AccessSession> found = new LinkedHashMap<>();
			this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
				.forEach((id, session) -> found.put(id, new AccessSession(session, this.interval)));
			return found;
		}

	}

	/** A session whose access time moves only when the stored one is at least one interval old. */
	static final class AccessSession implements Session {

		private final Session session;

		private final Duration interval;

		AccessSession(Session session, Duration interval) {
			this.session = session;
			this.interval = interval;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(this.session.getLastAccessedTime(), lastAccessedTime).compareTo(this.interval) >= 0) {
				this.session.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			return this.session.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return this.session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}
