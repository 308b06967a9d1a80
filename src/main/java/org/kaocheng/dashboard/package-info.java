/** The home page: a dashboard per role composed from the capabilities' services. */
package org.kaocheng.dashboard;
