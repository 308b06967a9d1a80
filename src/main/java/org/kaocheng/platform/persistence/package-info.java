/** Entity base classes, paging of lists in SQL, and the schema migrations at start-up. */
package org.kaocheng.platform.persistence;
