package io.cashpost.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL from Maven Central binaries when no
 * {@code spring.datasource.url} is set, so that a machine with only a JDK runs Cashpost.
 * Its data stays under {@code cashpost.embedded-db.dir} between runs; it stops when the
 * application context closes, or, when the JVM is killed, at once by its watchdog or at
 * the next start (see {@link EmbeddedServer}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedServer(EmbeddedDatabaseProperties properties) {
		return EmbeddedServer.start(properties);
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedServer server) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(server.postgres().getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
		config.setUsername("postgres");
		config.setMaximumPoolSize(10);
		config.setPoolName("cashpost-embedded");
		return new HikariDataSource(config);
	}

	/**
	 * Matches when the user has not pointed Cashpost at a database server of their own.
	 */
	static class NoDataSourceUrl implements ConfigurationCondition {

		@Override
		public ConfigurationPhase getConfigurationPhase() {
			return ConfigurationPhase.REGISTER_BEAN;
		}

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
