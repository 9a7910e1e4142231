package io.cashpost.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Writes any list page as CSV ({@code Accept: text/csv}): UTF-8, a header row of the
 * item's fields in snake_case, RFC 4180 quoting. Lists inside an item are joined with
 * {@code " | "}; nested objects are written as JSON. The next page's cursor, if any, is
 * in the {@code Link} header ({@code rel="next"}).
 */
class CsvListingConverter extends AbstractHttpMessageConverter<Listing> {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	CsvListingConverter() {
		super(CSV, new MediaType("text", "csv"));
	}

	@Override
	protected boolean supports(Class<?> type) {
		return Listing.class.isAssignableFrom(type);
	}

	@Override
	protected boolean canRead(MediaType mediaType) {
		return false;
	}

	@Override
	protected Listing readInternal(Class<? extends Listing> type, HttpInputMessage input) {
		throw new HttpMessageNotReadableException("CSV is written, not read", input);
	}

	@Override
	protected void writeInternal(Listing listing, HttpOutputMessage output) throws IOException {
		if (listing.next() != null) {
			String next = ServletUriComponentsBuilder.fromCurrentRequest()
				.replaceQueryParam(listing.cursorParameter(), listing.next())
				.build()
				.toUriString();
			output.getHeaders().add("Link", "<" + next + ">; rel=\"next\"");
		}
		RecordComponent[] columns = listing.itemType().getRecordComponents();
		Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
		List<String> header = new ArrayList<>();
		for (RecordComponent column : columns) {
			header.add(snakeCase(column.getName()));
		}
		row(writer, header);
		for (Object item : listing.items()) {
			List<String> values = new ArrayList<>();
			for (RecordComponent column : columns) {
				values.add(text(value(column, item)));
			}
			row(writer, values);
		}
		writer.flush();
	}

	private static Object value(RecordComponent column, Object item) throws IOException {
		try {
			return column.getAccessor().invoke(item);
		}
		catch (ReflectiveOperationException ex) {
			throw new IOException("cannot read " + column.getName(), ex);
		}
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> list) {
			return String.join(" | ", list.stream().map(CsvListingConverter::text).toList());
		}
		if (value instanceof JsonNode || value instanceof Map<?, ?>) {
			return JSON.writeValueAsString(value);
		}
		if (value instanceof java.math.BigDecimal number) {
			return number.toPlainString();
		}
		return value.toString();
	}

	private static void row(Writer writer, List<String> values) throws IOException {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(quoted(values.get(i)));
		}
		writer.write("\r\n");
	}

	private static String quoted(String value) {
		if (value.isEmpty() || value.chars().noneMatch((c) -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	static String snakeCase(String name) {
		StringBuilder snake = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			boolean boundary = Character.isUpperCase(c)
					|| (Character.isDigit(c) && i > 0 && !Character.isDigit(name.charAt(i - 1)));
			if (boundary && i > 0) {
				snake.append('_');
			}
			snake.append(Character.toLowerCase(c));
		}
		return snake.toString();
	}

}
