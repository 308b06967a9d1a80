/** Self-check pages: template editor, campaigns and their overview, filling, review, downloads. */
package org.kaocheng.selfcheck.web;
