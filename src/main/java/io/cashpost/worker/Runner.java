package io.cashpost.worker;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who runs a partition, as logs and {@code jobs} name it: {@code worker #3 node-a:4121},
 * or {@code manager node-a:977} for the job's own JVM.
 *
 * @param workerId the worker's registration, or {@code null} for the job's own JVM
 * @param name what it is called
 */
record Runner(Long workerId, String name) {

	static Runner worker(long workerId, String name) {
		return new Runner(workerId, "worker #" + workerId + " " + name);
	}

	static Runner manager() {
		return new Runner(null, "manager " + thisJvm());
	}

	/** {@code host:pid}; in Kubernetes the host is the pod's name. */
	static String thisJvm() {
		String host = System.getenv("HOSTNAME");
		if (host == null || host.isBlank()) {
			try {
				host = InetAddress.getLocalHost().getHostName();
			}
			catch (UnknownHostException ex) {
				host = "localhost";
			}
		}
		return host + ":" + ProcessHandle.current().pid();
	}

	@Override
	public String toString() {
		return this.name;
	}

}
