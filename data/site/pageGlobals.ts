// What a Framework page's code can use without importing it (Framework's implicit
// imports and cell built-ins), as declarations for type-checking page code.
export const PAGE_GLOBALS = `
declare function display<T>(value: T): T;
declare function view<T>(input: T): any;
declare function resize(render: (width: number, height: number) => Node | Promise<Node>): Node;
declare const width: number;
declare const now: number;
declare const invalidation: Promise<void>;
declare function visibility(): Promise<void>;
declare const observable: { params: Record<string, string> };
declare const html: typeof import("npm:htl").html;
declare const svg: typeof import("npm:htl").svg;
declare const FileAttachment: typeof import("observablehq:stdlib").FileAttachment;
declare const d3: typeof import("d3");
declare const Plot: typeof import("@observablehq/plot");
declare const aq: typeof import("arquero");
declare const Inputs: any;
declare const Generators: any;
declare const Mutable: any;
declare const DOM: any;
declare const md: any;
`;
