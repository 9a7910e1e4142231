package io.cashpost.web;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A page of items and the cursor of the next one.
 *
 * @param items the items, in the list's order
 * @param next pass it as {@code cursor} (or, for lists read by id, {@code after}) for the
 * next page; {@code null} when this is the last
 * @param itemType the items' type
 * @param cursorParameter {@code cursor} or {@code after}
 * @param <T> the item type
 */
record Page<T>(List<T> items, String next, @JsonIgnore Class<T> itemType,
		@JsonIgnore String cursorParameter) implements Listing {

	/** A whole list, not paged. */
	static <T> Page<T> all(List<T> items, Class<T> type) {
		return new Page<>(items, null, type, "cursor");
	}

	/**
	 * Cuts a page from rows fetched one beyond the limit: the extra row says another page
	 * follows.
	 * @param cursorOf the cursor naming the last item of the page
	 */
	static <T> Page<T> of(List<T> fetched, int limit, Function<T, String> cursorOf, Class<T> type) {
		return cut(fetched, limit, cursorOf, type, "cursor");
	}

	/** The same for lists read by id: the next page is {@code after} the last id. */
	static <T> Page<T> after(List<T> fetched, int limit, Function<T, Long> idOf, Class<T> type) {
		return cut(fetched, limit, (item) -> Long.toString(idOf.apply(item)), type, "after");
	}

	private static <T> Page<T> cut(List<T> fetched, int limit, Function<T, String> cursorOf, Class<T> type,
			String parameter) {
		if (fetched.size() <= limit) {
			return new Page<>(fetched, null, type, parameter);
		}
		List<T> items = fetched.subList(0, limit);
		return new Page<>(items, cursorOf.apply(items.get(limit - 1)), type, parameter);
	}

	<R> Page<R> map(Function<T, R> mapper, Class<R> type) {
		return new Page<>(this.items.stream().map(mapper).toList(), this.next, type, this.cursorParameter);
	}

}
