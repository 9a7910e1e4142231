/**
 * Intake: every file registered once by its bytes, archived, staged for matching or
 * quarantined.
 */
package io.cashpost.intake;
