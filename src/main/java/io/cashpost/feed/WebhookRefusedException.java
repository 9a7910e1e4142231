package io.cashpost.feed;

/** A webhook request that cannot be carried out: an unknown endpoint, a bad URL. */
public class WebhookRefusedException extends RuntimeException {

	private final boolean notFound;

	WebhookRefusedException(String message, boolean notFound) {
		super(message);
		this.notFound = notFound;
	}

	/** Whether it names an endpoint that does not exist. */
	public boolean notFound() {
		return this.notFound;
	}

}
