/** Training services: the transaction and access boundary of every training action, queries in SQL. */
package org.kaocheng.training.application;
