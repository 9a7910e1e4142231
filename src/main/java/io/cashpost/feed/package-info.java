/**
 * The payment feed: receipts and allocations as events, numbered without gaps for
 * collection tools to poll ({@code after=ID}), and pushed to webhooks signed per the
 * Standard Webhooks convention. Database triggers write the outbox in every posting's own
 * transaction; one publisher numbers what has become safe to read.
 */
package io.cashpost.feed;
