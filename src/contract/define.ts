// The building blocks of the data contract: a table is a list of typed, documented
// columns; enum columns list their allowed values with the Chinese label pages show.
// Pure TypeScript (no Node or browser imports): the pipeline, the loaders and the
// page components all import it.

/** DuckDB type of a column (Parquet and the attached database use the same). */
export type ColumnType = "VARCHAR" | "INTEGER" | "DOUBLE" | "BOOLEAN" | "DATE" | "VARCHAR[]";

/** One column: its name, DuckDB type, a one-line doc, and for enums the values with Chinese labels. */
export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  /** One line saying what the column holds. */
  readonly doc: string;
  /** Chinese column heading for tables and downloads. */
  readonly label: string;
  /** True when the column may hold null. */
  readonly nullable?: boolean;
  /** For enum columns: allowed value → Chinese label, in display order. */
  readonly values?: Readonly<Record<string, string>>;
  /** What pages show for null (e.g. 未识别, 未注明); required wording lives here, nowhere else. */
  readonly nullLabel?: string;
}

/** One table: its name (also its file name, `<name>.parquet`), doc, Chinese label and columns in file order. */
export interface TableSpec<C extends readonly ColumnSpec[] = readonly ColumnSpec[], N extends string = string> {
  readonly name: N;
  readonly doc: string;
  readonly label: string;
  /** Whether each row carries `doc_id`/`start`/`end` offsets into documents.text. */
  readonly provenance: boolean;
  readonly columns: C;
}

type Base<T extends ColumnType> = T extends "VARCHAR" | "DATE"
  ? string
  : T extends "INTEGER" | "DOUBLE"
    ? number
    : T extends "BOOLEAN"
      ? boolean
      : string[];

/** The TypeScript type of one column's values. */
export type ValueOf<C extends ColumnSpec> =
  // Matched on the property, not on C["values"]: without strictNullChecks (page checking) undefined extends every record.
  | (C extends { readonly values: Readonly<Record<infer K, string>> } ? K & string : Base<C["type"]>)
  | (C["nullable"] extends true ? null : never);

/** The row type of a table, derived from its columns. */
export type RowOf<T extends TableSpec<readonly ColumnSpec[], string>> = { [C in T["columns"][number] as C["name"]]: ValueOf<C> };

/** The allowed values of an enum column, as a union. */
export type EnumOf<C extends ColumnSpec> = C["values"] extends Readonly<Record<infer K, string>> ? K & string : never;

/** Declares a column (identity at run time; keeps literal types for the row derivation). */
export function column<const C extends ColumnSpec>(spec: C): C {
  if (!/^[a-z_][a-z0-9_]*$/.test(spec.name)) throw new TypeError(`column: bad column name ${JSON.stringify(spec.name)}`);
  if (spec.values && spec.type !== "VARCHAR") throw new TypeError(`column ${spec.name}: enum values need type VARCHAR, got ${spec.type}`);
  return spec;
}

/** Declares a table; checks that column names are unique and provenance columns exist when claimed. */
export function table<const C extends readonly ColumnSpec[], const N extends string>(spec: TableSpec<C, N>): TableSpec<C, N> {
  if (!/^[a-z_]+$/.test(spec.name)) throw new TypeError(`table: bad table name ${JSON.stringify(spec.name)}`);
  const names = spec.columns.map((c) => c.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new TypeError(`table ${spec.name}: column ${dup} declared twice`);
  if (spec.provenance) {
    for (const need of ["doc_id", "start", "end"]) {
      if (!names.includes(need)) throw new TypeError(`table ${spec.name}: provenance tables need a ${need} column`);
    }
  }
  return spec;
}
