/**
 * Workers: the partitions of a partitioned step handed to other JVMs sharing the database
 * (Spring Batch remote partitioning over Spring Integration), or run as threads of the
 * job's own JVM; which JVM ran each partition.
 */
package io.cashpost.worker;
