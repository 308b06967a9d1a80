/**
 * What the annual report needs and no other capability records: a unit's register of figures
 * for section 二 (年报填报) with its text sections, and the district report's own texts.
 */
package org.kaocheng.report.domain;
