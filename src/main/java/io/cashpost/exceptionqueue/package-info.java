/**
 * The exception queue: payments that could not be placed with certainty, for a person to
 * work.
 */
package io.cashpost.exceptionqueue;
