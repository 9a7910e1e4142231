package io.cashpost.web;

/** Something the path names does not exist. Answered 404. */
class NotFoundException extends RuntimeException {

	NotFoundException(String message) {
		super(message);
	}

}
