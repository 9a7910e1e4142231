package io.cashpost.worker;

import org.springframework.integration.jdbc.channel.PostgresChannelMessageTableSubscriber;
import org.springframework.integration.jdbc.channel.PostgresSubscribableChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;

/**
 * The channel partition requests wait in, a table of the shared PostgreSQL, with the
 * listener that can wake a worker the moment one arrives. The job's JVM only sends to it;
 * workers subscribe.
 */
class PartitionRequestChannel extends PostgresSubscribableChannel {

	private final PostgresChannelMessageTableSubscriber listener;

	PartitionRequestChannel(JdbcChannelMessageStore store, Object groupId,
			PostgresChannelMessageTableSubscriber listener) {
		super(store, groupId, listener);
		this.listener = listener;
	}

	/** Listens for PostgreSQL's notifications once started; nothing before. */
	PostgresChannelMessageTableSubscriber listener() {
		return this.listener;
	}

}
