/** Pages of the appraisal: scheme editor, runs and rankings, score sheets, objections, what-if previews. */
package org.kaocheng.appraisal.web;
