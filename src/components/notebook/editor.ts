// The cell editor: CodeMirror 6 with the SQL language (DuckDB words, the live
// schema's tables and columns, DuckDB's functions).
//
// Keys: Enter always inserts a newline (keeping the indentation of the line), unless the user has explicitly engaged
// the completion list (moved in it with ↑/↓ or opened it with Ctrl+Space);
// Tab accepts the highlighted completion (or indents when none is open);
// Esc closes the list; Ctrl/⌘+Enter runs; Shift+Enter runs and moves on.
// So a query typed naturally is never changed by a completion it did not ask for.
import {
  acceptCompletion,
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  closeCompletion,
  completionStatus,
  moveCompletionSelection,
  startCompletion,
} from "npm:@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentLess, indentMore, insertNewlineKeepIndent } from "npm:@codemirror/commands";
import { bracketMatching, indentUnit, syntaxHighlighting } from "npm:@codemirror/language";
import { Compartment, EditorState, Prec, StateEffect, StateField } from "npm:@codemirror/state";
import { type Command, drawSelection, EditorView, keymap, placeholder } from "npm:@codemirror/view";
import { classHighlighter } from "npm:@lezer/highlight";
import { el } from "./dom.js";
import { sqlSupport } from "./sqlDialect.js";
import type { SchemaNames } from "./types.js";

/** An editor and the calls a cell makes on it. */
export interface Editor {
  element: HTMLElement;
  view: EditorView;
  readonly value: string;
  setValue(sql: string): void;
  /** Inserts text at the cursor (replacing the selection), as if typed. */
  insert(text: string): void;
  setNames(names: SchemaNames): void;
  focus(): void;
}

/** Options of `createEditor`. */
export interface EditorOptions {
  value: string;
  names: SchemaNames;
  /** Ctrl/Cmd+Enter. */
  onRun: () => void;
  /** Shift+Enter: run, then move to the next cell. */
  onRunNext?: () => void;
  onChange: (sql: string) => void;
  onFocus?: () => void;
  label?: string;
}

/** Text shown in an empty editor. */
export const PLACEHOLDER = "输入 SQL，例如 SELECT * FROM facts LIMIT 10（Ctrl/⌘ + Enter 运行）";

// True while the user has explicitly engaged the open completion list.
const engage = StateEffect.define<boolean>();
const engaged = StateField.define<boolean>({
  create: () => false,
  update(value, tr) {
    for (const e of tr.effects) if (e.is(engage)) return e.value;
    if (tr.docChanged || completionStatus(tr.state) === null) return false;
    return value;
  },
});

const markEngaged =
  (command: Command): Command =>
  (view) => {
    if (!command(view)) return false;
    view.dispatch({ effects: engage.of(true) });
    return true;
  };
const whenOpen =
  (command: Command): Command =>
  (view) =>
    completionStatus(view.state) === "active" && command(view);

/** Completion keys (the library's default keymap binds Enter to accept, which eats newlines). */
export const completionKeys = Prec.highest(
  keymap.of([
    { key: "Ctrl-Space", run: markEngaged(startCompletion) },
    { key: "ArrowDown", run: markEngaged(whenOpen(moveCompletionSelection(true))) },
    { key: "ArrowUp", run: markEngaged(whenOpen(moveCompletionSelection(false))) },
    { key: "PageDown", run: markEngaged(whenOpen(moveCompletionSelection(true, "page"))) },
    { key: "PageUp", run: markEngaged(whenOpen(moveCompletionSelection(false, "page"))) },
    { key: "Enter", run: (view) => view.state.field(engaged, false) === true && acceptCompletion(view) },
    // A plain newline keeping the line's indentation: no re-indenting of what the user typed.
    { key: "Enter", run: insertNewlineKeepIndent },
    // While the list is open Tab only ever accepts (right after the list appears it is ignored, not an indent).
    { key: "Tab", run: (view) => completionStatus(view.state) === "active" && (acceptCompletion(view) || true) },
    { key: "Escape", run: closeCompletion },
  ]),
);

/** Creates an editor. */
export function createEditor(options: EditorOptions): Editor {
  const language = new Compartment();
  const element = el("div", { class: "nb-editor" });
  const runKeys = Prec.high(
    keymap.of([
      {
        key: "Mod-Enter",
        run: (view) => {
          closeCompletion(view);
          options.onRun();
          return true;
        },
      },
      {
        key: "Shift-Enter",
        run: (view) => {
          closeCompletion(view);
          (options.onRunNext ?? options.onRun)();
          return true;
        },
      },
    ]),
  );
  let pendingNames: SchemaNames | null = null;
  const view = new EditorView({
    parent: element,
    state: EditorState.create({
      doc: options.value,
      extensions: [
        runKeys,
        completionKeys,
        engaged,
        history(),
        drawSelection(),
        bracketMatching(),
        closeBrackets(),
        indentUnit.of("  "),
        EditorState.tabSize.of(2),
        EditorView.lineWrapping,
        placeholder(PLACEHOLDER),
        syntaxHighlighting(classHighlighter),
        language.of(sqlSupport(options.names)),
        autocompletion({ defaultKeymap: false, icons: false, maxRenderedOptions: 50 }),
        keymap.of([...closeBracketsKeymap, { key: "Tab", run: indentMore, shift: indentLess }, ...historyKeymap, ...defaultKeymap]),
        EditorView.contentAttributes.of({ class: "nb-input", "aria-label": options.label ?? "SQL 查询" }),
        EditorView.updateListener.of((update) => {
          if (pendingNames && completionStatus(update.state) === null) {
            const next = pendingNames;
            pendingNames = null;
            queueMicrotask(() => view.dispatch({ effects: language.reconfigure(sqlSupport(next)) }));
          }
          if (update.docChanged) options.onChange(update.state.doc.toString());
          if (update.focusChanged && update.view.hasFocus) options.onFocus?.();
        }),
      ],
    }),
  });
  return {
    element,
    view,
    get value() {
      return view.state.doc.toString();
    },
    setValue(text: string) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    insert(text: string) {
      view.focus();
      view.dispatch(view.state.replaceSelection(text), { userEvent: "input.type", scrollIntoView: true });
    },
    setNames(next: SchemaNames) {
      // Reconfiguring the language closes an open completion list (and what ↓/↑ engaged in it): while one is
      // open, the new names wait until it closes.
      if (completionStatus(view.state) !== null) pendingNames = next;
      else view.dispatch({ effects: language.reconfigure(sqlSupport(next)) });
    },
    focus() {
      view.focus();
    },
  };
}
