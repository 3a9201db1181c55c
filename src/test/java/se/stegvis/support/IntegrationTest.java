package se.stegvis.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test through real HTTP against the whole application on a random port, with a database
 * of its own. Runs on H2 and, in the second Surefire execution, again on PostgreSQL (tag {@code database}).
 * Inject {@code RestTestClient} to call it, {@link TestUsers} to make people and {@link StatementCounter} to count
 * the queries of a request.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("database")
@ExtendWith(DatabaseAvailability.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@ContextConfiguration(initializers = TestDatabase.class)
@Import({ TestUsers.class, StatementCounter.class })
public @interface IntegrationTest {

}
