// XML text and attribute escaping shared by the QTI and Moodle builders. Characters XML 1.0
// forbids (most C0 controls) are dropped: an importer refuses the whole file over one of them.
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function xmlText(s: string): string {
  return s.replace(FORBIDDEN, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, "&quot;");
}

/** An identifier QTI accepts (an NCName): letters, digits, '-', '_', '.', starting with a letter. */
export function qtiIdentifier(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_.-]/g, "_")}`;
}
