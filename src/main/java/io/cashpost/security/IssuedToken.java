package io.cashpost.security;

/**
 * A token just issued: the only time its secret is seen.
 *
 * @param userName whose token it is
 * @param role the user's role
 * @param prefix its visible beginning, as listings show it
 * @param token the whole token, for {@code Authorization: Bearer}
 */
public record IssuedToken(String userName, Role role, String prefix, String token) {

	@Override
	public String toString() {
		return "IssuedToken[" + this.userName + ", " + this.role + ", " + this.prefix + "…]";
	}

}
