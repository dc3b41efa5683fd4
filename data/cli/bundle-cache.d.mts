/** The repository root. */
export declare const ROOT: string;

/**
 * The path of a cached esbuild bundle of `entry` (relative to the repository root), rebuilt when an
 * input changed; null when esbuild is not installed.
 */
export declare function cachedBundle(name: string, entry: string, options?: Record<string, unknown>): string | null;

/** esbuild options of a runnable entry (the ingest CLI, a data loader). */
export declare const ENTRY_OPTIONS: Record<string, unknown>;
