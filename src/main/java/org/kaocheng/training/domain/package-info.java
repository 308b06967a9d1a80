/** Training entities and their rules: courses, sessions, enrolments, attendance, completions, inductions. */
package org.kaocheng.training.domain;
