package se.stegvis.security.internal;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sessions live in the database (Spring Session JDBC); their access time is written at most once a minute, and a
 * read needs no transaction of its own.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/** How stale a stored access time may be; the session warning counts with it (docs/security.md). */
	static final String ACCESS_WRITE_INTERVAL = "stegvis.security.session.access-write-interval";

	/** Static, as a post-processor must be created before the beans it processes. */
	@Bean
	static SessionAccessWrites sessionAccessWrites(Environment environment) {
		return new SessionAccessWrites(environment.getProperty(ACCESS_WRITE_INTERVAL, Duration.class, Duration.ofMinutes(1)));
	}

	/**
	 * Spring Session takes its transactions from the bean of this name: reads without one, writes with one. Not a
	 * default candidate, so that everything else keeps Spring Boot's {@code TransactionTemplate}.
	 */
	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions) {
		return new SessionTransactions(transactions);
	}

}
