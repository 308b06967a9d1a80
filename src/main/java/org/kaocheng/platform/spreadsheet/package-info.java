/**
 * Reading and writing tables as spreadsheets: .xlsx through Apache POI, .csv in UTF-8 or GBK
 * (Chinese spreadsheets are often saved in GBK), with row numbers as a person sees them.
 */
package org.kaocheng.platform.spreadsheet;
