package io.cashpost.web;

import io.cashpost.security.IssuedToken;
import io.cashpost.security.Role;
import io.cashpost.security.UserAccount;
import io.cashpost.security.Users;
import io.cashpost.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/users}: the same as the {@code user} command, for administrators.
 */
@RestController
@Tag(name = "Users", description = "Users, roles and tokens (ADMIN)")
class UsersApi {

	private final Users users;

	UsersApi(Users users) {
		this.users = users;
	}

	@GetMapping(path = "/api/users", produces = { "application/json", "text/csv" })
	@Operation(summary = "Users with their roles and token prefixes (never a token)")
	Page<UserAccount> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
			HttpServletRequest request) {
		Paging paging = Paging.of(limit, cursor, request);
		return Page.of(this.users.list(paging.cursorPart(0), paging.fetch()), paging.limit(),
				(user) -> Paging.cursor(user.name()), UserAccount.class);
	}

	@PostMapping(path = "/api/users", produces = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a user; the answer holds its first token, shown this once")
	IssuedToken add(@RequestBody UserRequest body) {
		Role role;
		try {
			role = Role.parse(body.role());
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException(ex.getMessage());
		}
		return this.users.add(body.name(), role, CurrentUser.name());
	}

	@PostMapping(path = "/api/users/{name}/tokens", produces = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue another token for a user, shown this once")
	IssuedToken token(@PathVariable String name) {
		return this.users.issueToken(name);
	}

	@DeleteMapping(path = "/api/users/{name}", produces = "application/json")
	@Operation(summary = "Revoke a user and every token of it")
	UserAccount revoke(@PathVariable String name) {
		this.users.revoke(name, CurrentUser.name());
		return this.users.find(name).orElseThrow();
	}

	/**
	 * @param name 1 to 64 letters, digits, '.', '_', '@' or '-'
	 * @param role COLLECTOR, TREASURY, ADMIN or METRICS
	 */
	record UserRequest(String name, String role) {
	}

}
