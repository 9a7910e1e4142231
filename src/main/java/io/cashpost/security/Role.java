package io.cashpost.security;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a user may do. Each role includes the ones below it: {@code ADMIN} can do what
 * {@code TREASURY} can, which can do what {@code COLLECTOR} can. {@code METRICS} only
 * reads {@code /actuator/prometheus}: a token for the monitoring system.
 */
public enum Role {

	/**
	 * Reads customers, aging, worklist, key figures and the feed; records promises,
	 * disputes, notes, holds.
	 */
	COLLECTOR,

	/** Also files and uploads, the exception queue and its resolution. */
	TREASURY,

	/** Also jobs, users, webhooks and the actuator. */
	ADMIN,

	/** Reads the Prometheus metrics, nothing else. */
	METRICS;

	/** The role named, in any case. */
	public static Role parse(String name) {
		for (Role role : values()) {
			if (role.name().equalsIgnoreCase(name)) {
				return role;
			}
		}
		throw new IllegalArgumentException("unknown role '" + name + "' (one of "
				+ Arrays.stream(values()).map(Role::name).collect(Collectors.joining(", ")) + ")");
	}

	String authority() {
		return "ROLE_" + name();
	}

}
