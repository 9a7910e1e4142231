package io.cashpost.remittance;

/**
 * What became of one advice file's advices.
 *
 * @param fileId the file
 * @param advices advices in it
 * @param lines their lines
 * @param linked advices linked to their payment
 * @param waiting advices waiting for their payment
 * @param ambiguous of those waiting, the ones more than one payment fits
 * @param expired advices whose payment never came, queued as exceptions
 * @param posted linked advices whose payment was posted from suspense with them
 * @param disagreeing linked advices that disagree with their payment's earlier posting
 */
public record AdviceSummary(long fileId, int advices, int lines, int linked, int waiting, int ambiguous, int expired,
		int posted, int disagreeing) {

	/** {@code 2 advices (5 lines): 1 linked, 1 waiting (1 ambiguous)}. */
	public String describe() {
		StringBuilder text = new StringBuilder().append(this.advices)
			.append((this.advices == 1) ? " advice (" : " advices (")
			.append(this.lines)
			.append((this.lines == 1) ? " line): " : " lines): ")
			.append(this.linked)
			.append(" linked");
		if (this.posted > 0) {
			text.append(" (").append(this.posted).append(" posted from suspense)");
		}
		if (this.disagreeing > 0) {
			text.append(", ").append(this.disagreeing).append(" disagreeing with their posting");
		}
		text.append(", ").append(this.waiting).append(" waiting");
		if (this.ambiguous > 0) {
			text.append(" (").append(this.ambiguous).append(" ambiguous)");
		}
		if (this.expired > 0) {
			text.append(", ").append(this.expired).append(" expired");
		}
		return text.toString();
	}

}
