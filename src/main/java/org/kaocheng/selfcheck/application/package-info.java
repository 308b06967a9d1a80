/** Self-check use cases: the transaction and security boundary of the capability. */
package org.kaocheng.selfcheck.application;
