package se.stegvis.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the statements the application prepares, on H2 and PostgreSQL alike, so that a test can say how many
 * queries of a kind a request makes: wraps the application's {@link DataSource} and notes the SQL of every
 * {@code prepareStatement} while {@link #counting} runs, and whether it ran inside a transaction. Registered for every integration test.
 */
public class StatementCounter implements BeanPostProcessor {

	private final List<Prepared> statements = new CopyOnWriteArrayList<>();

	private volatile boolean active;

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
			return new Counting(dataSource);
		}
		return bean;
	}

	/** The statements prepared while {@code action} ran, of every thread (requests run on the server's). */
	public List<String> counting(Runnable action) {
		return preparing(action).stream().map(Prepared::sql).toList();
	}

	/** Like {@link #counting}, with whether each statement ran inside a transaction (auto-commit off). */
	public synchronized List<Prepared> preparing(Runnable action) {
		this.statements.clear();
		this.active = true;
		try {
			action.run();
		}
		finally {
			this.active = false;
		}
		return List.copyOf(this.statements);
	}

	/** A prepared statement's SQL and whether its connection was inside a transaction. */
	public record Prepared(String sql, boolean inTransaction) {
	}

	/** How many of the statements contain the text (case-insensitive). */
	public static long count(List<String> statements, String text) {
		return statements.stream().filter((sql) -> sql.toLowerCase().contains(text.toLowerCase())).count();
	}

	private final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return noting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return noting(super.getConnection(username, password));
		}

		private Connection noting(Connection connection) {
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						switch (method.getName()) {
							case "equals":
								return proxy == args[0];
							case "hashCode":
								return System.identityHashCode(proxy);
							case "prepareStatement":
								if (StatementCounter.this.active && args[0] instanceof String sql) {
									StatementCounter.this.statements.add(new Prepared(sql, !connection.getAutoCommit()));
								}
								break;
							default:
								break;
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
