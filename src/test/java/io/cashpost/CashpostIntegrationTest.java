package io.cashpost;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test on a real, embedded PostgreSQL with a scratch data directory, or,
 * in the second test pass, on a fresh database of the server {@link ExternalTestDatabase}
 * names. Contexts are cached between test classes, so each test starts from
 * {@link TestDatabase#clear}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "cashpost.embedded-db.dir=target/test-pg/${random.uuid}",
		"cashpost.embedded-db.clean=true", "cashpost.intake.dir=target/test-intake/${random.uuid}" })
@ContextConfiguration(initializers = ExternalTestDatabase.class)
public @interface CashpostIntegrationTest {

}
