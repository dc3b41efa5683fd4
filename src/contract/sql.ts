// Quoting for SQL text built from names and paths the code chooses (table and column names, file
// paths). Values from users are bound as parameters, never quoted into SQL.

/** A double-quoted identifier: facts → "facts". */
export const sqlIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** A single-quoted string literal: a path → 'a path'. */
export const sqlString = (text: string): string => `'${text.replaceAll("'", "''")}'`;
