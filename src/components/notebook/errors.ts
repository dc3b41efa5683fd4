// DuckDB error messages → one plain Chinese sentence; the cell shows both.

interface Rule {
  pattern: RegExp;
  explain: (m: RegExpExecArray) => string;
}

const RULES: Rule[] = [
  { pattern: /interrupt|cancel/i, explain: () => "查询已取消。" },
  {
    pattern: /Table with name (\S+?) does not exist/i,
    explain: (m) => `表「${m[1]}」不存在。可查询的表：documents、sentences、facts、entities、mentions、events、errors（见左侧表结构）。`,
  },
  {
    pattern: /Referenced column "?([^"\s]+)"? not found/i,
    explain: (m) => `列「${m[1]}」不存在。请在表结构里核对列名；中文或大小写敏感的列名要加双引号。`,
  },
  {
    pattern: /column "?([^"\s]+)"? must appear in the GROUP BY/i,
    explain: (m) => `列「${m[1]}」既没有出现在 GROUP BY 中，也没有被聚合（可改用 GROUP BY ALL 或 any_value()）。`,
  },
  {
    pattern: /Ambiguous reference to column name "?([^"\s]+)"?/i,
    explain: (m) => `列名「${m[1]}」在多张表中都有，请写成「表名.${m[1]}」。`,
  },
  { pattern: /Scalar Function with name (\S+?) does not exist/i, explain: (m) => `函数「${m[1]}」不存在，请检查拼写。` },
  { pattern: /Table Function with name (\S+?) does not exist/i, explain: (m) => `表函数「${m[1]}」不存在。` },
  { pattern: /syntax error at end of input/i, explain: () => "SQL 语法错误：语句不完整（可能缺少括号、表名或条件）。" },
  { pattern: /syntax error at or near "([^"]*)"/i, explain: (m) => `SQL 语法错误，位置在「${m[1]}」附近。` },
  { pattern: /unterminated quoted string/i, explain: () => "SQL 语法错误：字符串的单引号没有闭合。" },
  { pattern: /Could not convert|Conversion Error/i, explain: () => "类型转换失败：某个值无法转换为所需的类型（可改用 TRY_CAST）。" },
  {
    pattern: /No function matches the given name and argument types/i,
    explain: () => "函数的参数类型不匹配（例如把文本当作数字相加），请加 CAST 转换类型。",
  },
  { pattern: /Division by zero/i, explain: () => "除数为零。" },
  { pattern: /Out of Memory|memory/i, explain: () => "浏览器内存不足：请缩小查询范围或加 LIMIT。" },
  { pattern: /Permission Error|external access|disabled/i, explain: () => "这个操作在 SQL 工作台中被禁止：只能读取报告语料的表。" },
];

/** One Chinese sentence describing a DuckDB error message. */
export function explainError(message: string): string {
  if (typeof message !== "string") throw new TypeError("explainError: message must be a string");
  for (const { pattern, explain } of RULES) {
    const m = pattern.exec(message);
    if (m) return explain(m);
  }
  return "查询失败，DuckDB 的原始信息如下。";
}
