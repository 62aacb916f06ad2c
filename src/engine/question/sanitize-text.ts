/**
 * Makes arbitrary input safe to read: terminal colour codes, lone surrogates and control characters
 * become spaces, and
 * text with non-ASCII characters is NFKC-normalized so full-width digits and letters (０ｘ４１１)
 * read like their ASCII forms. Linear in the input length.
 */
export function sanitizeText(text: string): string {
  let out = text.replace(/\u001B\[[0-9;]{0,32}[A-Za-z]/g, ' ').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ' ');
  if (/[^\u0000-\u007F]/.test(out)) {
    out = out.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ' ').normalize('NFKC');
  }
  return out;
}
