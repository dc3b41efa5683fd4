/** The repository root. */
export declare const ROOT: string;

/**
 * The path of a cached esbuild bundle of `entry` (relative to the repository root), rebuilt when an
 * input changed; null when esbuild is not installed.
 */
export declare function cachedBundle(name: string, entry: string, options?: Record<string, unknown>): string | null;
