// The cell editor: a monospace <textarea> under a highlighted overlay (same
// font and padding, transparent text, visible caret). Tab indents, Shift+Tab
// dedents, Ctrl/Cmd+Enter runs; typing a name offers completions.
import { completeAt } from "./complete.js";
import { el } from "./dom.js";
import { highlightSql } from "./highlight.js";
import type { Completion, SchemaNames } from "./types.js";

const INDENT = "  ";

/** An editor and the calls a cell makes on it. */
export interface Editor {
  element: HTMLElement;
  textarea: HTMLTextAreaElement;
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
  onChange: (sql: string) => void;
  onFocus?: () => void;
  label?: string;
}

/** Creates an editor. */
export function createEditor(options: EditorOptions): Editor {
  let names = options.names;
  const code = el("code");
  const overlay = el("pre", { class: "nb-highlight", "aria-hidden": "true" }, code);
  const textarea = el("textarea", {
    class: "nb-input",
    spellcheck: "false",
    autocapitalize: "off",
    autocomplete: "off",
    "aria-label": options.label ?? "SQL 查询",
  });
  textarea.value = options.value;
  const popup = el("ul", { class: "nb-complete", role: "listbox", hidden: true });
  const element = el("div", { class: "nb-editor" }, overlay, textarea, popup);
  let completion: Completion | null = null;
  let active = 0;

  const paint = () => {
    const segments = highlightSql(textarea.value, names);
    code.replaceChildren(
      ...segments.map((s) => (s.className ? el("span", { class: s.className }, s.text) : document.createTextNode(s.text))),
    );
    // A trailing newline needs a character after it to take up a line in <pre>.
    code.append("\n");
    fitHeight();
  };
  // Grow with the text; before the editor is on the page, count lines instead.
  const fitHeight = () => {
    textarea.rows = Math.max(2, textarea.value.split("\n").length);
    if (!textarea.isConnected) return;
    textarea.style.height = "auto";
    textarea.style.height = `${Math.max(textarea.scrollHeight, 48)}px`;
  };
  let fittedWidth = 0;
  new ResizeObserver(() => {
    if (element.clientWidth === fittedWidth) return;
    fittedWidth = element.clientWidth;
    fitHeight();
  }).observe(element);

  const closePopup = () => {
    completion = null;
    popup.hidden = true;
    popup.replaceChildren();
  };

  const accept = (option: string) => {
    if (!completion) return;
    textarea.setSelectionRange(completion.from, completion.to);
    typeText(textarea, option);
    closePopup();
  };

  const showPopup = () => {
    completion = textarea.selectionStart === textarea.selectionEnd ? completeAt(textarea.value, textarea.selectionStart, names) : null;
    if (!completion) return closePopup();
    active = 0;
    popup.replaceChildren(
      ...completion.options.map((option, i) =>
        el(
          "li",
          {
            role: "option",
            "aria-selected": i === active ? "true" : "false",
            onmousedown: (event: MouseEvent) => {
              event.preventDefault();
              accept(option);
            },
          },
          option,
        ),
      ),
    );
    popup.hidden = false;
  };

  const moveActive = (delta: number) => {
    const items = Array.from(popup.children);
    active = (active + delta + items.length) % items.length;
    for (const [i, item] of items.entries()) item.setAttribute("aria-selected", i === active ? "true" : "false");
  };

  textarea.addEventListener("input", (event) => {
    paint();
    options.onChange(textarea.value);
    // Completions follow typing only (not deletions or pastes).
    if ((event as InputEvent).inputType === "insertText") showPopup();
    else closePopup();
  });
  textarea.addEventListener("blur", closePopup);
  textarea.addEventListener("focus", () => options.onFocus?.());
  textarea.addEventListener("scroll", () => {
    overlay.scrollTop = textarea.scrollTop;
    overlay.scrollLeft = textarea.scrollLeft;
  });
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      closePopup();
      options.onRun();
      return;
    }
    if (completion) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        moveActive(event.key === "ArrowDown" ? 1 : -1);
        return;
      }
      if (event.key === "Enter" || event.key === "Tab") {
        event.preventDefault();
        accept(completion.options[active]);
        return;
      }
      if (event.key === "Escape") {
        event.preventDefault();
        closePopup();
        return;
      }
    }
    if (event.key === "Tab" && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      indent(textarea, event.shiftKey);
    }
  });

  paint();
  return {
    element,
    textarea,
    get value() {
      return textarea.value;
    },
    setValue(sql: string) {
      textarea.value = sql;
      paint();
    },
    insert(text: string) {
      textarea.focus();
      typeText(textarea, text);
    },
    setNames(next: SchemaNames) {
      names = next;
      paint();
    },
    focus() {
      textarea.focus();
    },
  };
}

/** Types text into the textarea so undo works and an input event fires. */
function typeText(textarea: HTMLTextAreaElement, text: string): void {
  // execCommand keeps the browser's undo stack; setRangeText is the fallback.
  if (!document.execCommand?.("insertText", false, text)) {
    textarea.setRangeText(text, textarea.selectionStart, textarea.selectionEnd, "end");
    textarea.dispatchEvent(new Event("input"));
  }
}

/** Indents (or dedents) the selected lines, or inserts two spaces at a caret. */
function indent(textarea: HTMLTextAreaElement, dedent: boolean): void {
  const { value, selectionStart: start, selectionEnd: end } = textarea;
  if (!dedent && start === end) {
    typeText(textarea, INDENT);
    return;
  }
  const lineStart = value.lastIndexOf("\n", start - 1) + 1;
  const block = value.slice(lineStart, end);
  const lines = block.split("\n");
  const changed = lines.map((line) => (dedent ? line.replace(/^ {1,2}|^\t/, "") : INDENT + line)).join("\n");
  textarea.setSelectionRange(lineStart, end);
  typeText(textarea, changed);
  textarea.setSelectionRange(lineStart, lineStart + changed.length);
}
