/**
 * A row of a fixed-width text table (产品名称    计量单位    产量, 原煤    万吨    3846.2    -3.2): cells
 * separated by tabs or runs of two or more spaces, or by bars as web tables are copied (地区生产总值 | 90.39 | 9.8 |),
 * at least three cells. It never ends a sentence,
 * yet it is complete: gluing rows together would merge two table rows into one line.
 */
export function isTableRow(text: string): boolean {
  return text.split(/\t|[ \u3000]{2,}|\|/).filter((c) => c.trim() !== "").length >= 3;
}
