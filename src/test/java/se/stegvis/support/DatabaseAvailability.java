package se.stegvis.support;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL run, skips a database test class with a clear message when no server answers — except
 * in CI ({@code CI=true}), where the PostgreSQL run is required and such a class fails instead.
 */
public class DatabaseAvailability implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		if (!TestDatabase.postgresqlRequested() || TestDatabase.postgresqlReachable()) {
			return;
		}
		String message = "PostgreSQL is not reachable at " + TestDatabase.pgUrl() + " as " + TestDatabase.pgUser()
				+ " (set STEGVIS_TEST_PG_URL/USER/PASSWORD)";
		if (Ci.isCi()) {
			throw new IllegalStateException(message + "; CI=true requires the PostgreSQL run.");
		}
		Assumptions.abort(message + "; skipping the PostgreSQL run of " + context.getDisplayName());
	}

}
