package io.cashpost;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the HTTP server {@code serve} runs, on a random port, with security, on a
 * real, embedded PostgreSQL (or, in the second pass, the external server). One context
 * serves every such test class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "server.address=127.0.0.1",
				"cashpost.embedded-db.dir=target/test-pg/${random.uuid}", "cashpost.embedded-db.clean=true",
				"cashpost.intake.dir=target/test-intake/${random.uuid}" })
@ContextConfiguration(initializers = ExternalTestDatabase.class)
public @interface CashpostWebTest {

}
