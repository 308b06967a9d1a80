/** Backing beans of the training pages (courses, sessions, inductions, coverage, transcript, certificate check). */
package org.kaocheng.training.web;
