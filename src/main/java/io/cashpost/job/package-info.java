/**
 * Jobs: the Spring Batch jobs that carry files through the pipeline, and the pipeline
 * they form.
 */
package io.cashpost.job;
