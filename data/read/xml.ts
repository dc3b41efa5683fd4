import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";

export type { XmlElement };

/** Parses XML; throws an Error naming `part` when it is not well-formed. */
export function parseXml(part: string, bytes: Uint8Array): XmlElement {
  const text = new TextDecoder("utf-8").decode(bytes);
  try {
    // Errors throw (a damaged part is the file's error); warnings are ignored instead of printed.
    const onError = (level: string, message: string) => {
      if (level !== "warning") throw new Error(message);
    };
    const doc = new DOMParser({ onError }).parseFromString(text, "text/xml");
    if (!doc.documentElement) throw new Error("no root element");
    return doc.documentElement;
  } catch (err) {
    throw new Error(`${part} is not well-formed XML (${err instanceof Error ? err.message.split("\n")[0] : String(err)})`);
  }
}

/** Element children of a node. */
export function childElements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as XmlElement);
  return out;
}

/** First descendant element with this local name, or null. */
export function firstByName(el: XmlElement, localName: string): XmlElement | null {
  for (const c of childElements(el)) {
    if (c.localName === localName) return c;
    const found = firstByName(c, localName);
    if (found) return found;
  }
  return null;
}

/** Trimmed text of the first descendant with this local name, or null when absent or empty. */
export function textOf(el: XmlElement, localName: string): string | null {
  const t = firstByName(el, localName)?.textContent?.trim();
  return t ? t : null;
}

/** Attribute by local name (w:val → "val"), whatever its prefix. */
export function attr(el: XmlElement, localName: string): string | null {
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if (a.localName === localName) return a.value;
  }
  return null;
}
