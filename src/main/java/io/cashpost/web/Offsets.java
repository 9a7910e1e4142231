package io.cashpost.web;

import java.util.List;

/**
 * Paging by position for short lists read newest first from elsewhere (files, job runs):
 * the cursor is the offset of the next page.
 */
final class Offsets {

	/** Deeper than this, filter (by status, job) instead of paging on. */
	static final int MAX_OFFSET = 10_000;

	private Offsets() {
	}

	static int of(Paging paging) {
		if (paging.cursor() == null) {
			return 0;
		}
		try {
			int offset = Integer.parseInt(paging.cursorPart(0));
			if (offset < 0 || offset > MAX_OFFSET) {
				throw new NumberFormatException();
			}
			return offset;
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("not a cursor of this list");
		}
	}

	/** The page after {@code offset} of rows fetched from the start. */
	static <T> Page<T> page(List<T> rows, int offset, Paging paging, Class<T> type) {
		List<T> fromOffset = rows.subList(Math.min(offset, rows.size()), rows.size());
		Page<T> page = Page.of(fromOffset, paging.limit(), (item) -> "", type);
		String next = (page.next() != null) ? Paging.cursor(Integer.toString(offset + paging.limit())) : null;
		return new Page<>(page.items(), next, type, "cursor");
	}

}
