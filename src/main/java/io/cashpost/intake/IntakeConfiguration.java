package io.cashpost.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.integration.jdbc.metadata.JdbcMetadataStore;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sources statement files come from, and the metadata store in PostgreSQL that
 * remembers which remote files were fetched.
 */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

	@Bean
	JdbcMetadataStore intakeMetadataStore(DataSource dataSource) {
		JdbcMetadataStore store = new JdbcMetadataStore(dataSource);
		store.setRegion("cashpost-intake");
		return store;
	}

	@Bean(destroyMethod = "close")
	FileSources fileSources(IntakeProperties properties, JdbcMetadataStore intakeMetadataStore,
			PlatformTransactionManager transactionManager, Environment environment, Clock clock) {
		List<FileSource> sources = new ArrayList<>();
		sources.add(new InboxFileSource(properties.inboxDir(), properties.incoming().resolve("inbox"),
				properties.inbox().stableFor(), properties.inbox().pollInterval(), clock));
		TransactionTemplate transactions = new TransactionTemplate(transactionManager);
		properties.sftp()
			.forEach((name, sftp) -> sources.add(new SftpFileSource(name, sftp,
					properties.incoming().resolve("sftp-" + name), intakeMetadataStore, transactions, environment)));
		return new FileSources(sources);
	}

}
