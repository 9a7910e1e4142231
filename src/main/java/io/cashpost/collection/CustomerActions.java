package io.cashpost.collection;

import org.springframework.stereotype.Component;

/**
 * What collectors record about a customer, together: promises, disputes, notes and holds.
 */
@Component
record CustomerActions(Promises promises, Disputes disputes, Notes notes, Holds holds) {

}
