/**
 * Monitoring: health groups (database, last nightly run, intake sources) and the metrics
 * Prometheus scrapes, read from the database so that runs of every process (serve, the
 * command line, a CronJob) count.
 */
package io.cashpost.monitoring;
