package io.cashpost.web;

/** A request the API cannot read: a bad cursor, limit or parameter. Answered 400. */
class BadRequestException extends RuntimeException {

	BadRequestException(String message) {
		super(message);
	}

}
