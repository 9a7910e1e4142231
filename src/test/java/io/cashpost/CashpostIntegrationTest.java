package io.cashpost;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * An integration test on a real, embedded PostgreSQL with a scratch data directory.
 * Contexts are cached between test classes, so each test starts from
 * {@link TestDatabase#clear}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "cashpost.embedded-db.dir=target/test-pg/${random.uuid}",
		"cashpost.embedded-db.clean=true", "cashpost.intake.dir=target/test-intake/${random.uuid}" })
public @interface CashpostIntegrationTest {

}
