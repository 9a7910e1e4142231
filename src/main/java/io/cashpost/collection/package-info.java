/**
 * Collection: the balances, aging and work lists collectors act on.
 */
package io.cashpost.collection;
