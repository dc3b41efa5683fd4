/**
 * Text for the terminal with control characters escaped: a file name can hold a newline or an
 * ANSI escape (issue 17: such a name forged lines on the terminal), and bidirectional controls
 * can reorder what is shown. Escapes look like JSON's (\n, \u001b) and are never interpreted.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const named: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
