/**
 * Units (单位): the district's tree of departments, towns and street offices, their codes and
 * ranking groups (考核分组). Administrators maintain them; everyone else reads them.
 */
package org.kaocheng.unit;
