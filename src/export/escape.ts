/**
 * Characters XML 1.0 forbids (C0 controls other than tab, newline and carriage return,
 * lone surrogates, U+FFFE, U+FFFF) plus DEL and the C1 controls, which render as boxes.
 * A name pasted from a spreadsheet can carry any of them; an SVG holding one is not XML.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * User-typed text with the characters XML cannot hold removed.
 *
 * @example stripUnsafeChars('Risk\u0007 register') === 'Risk register'
 */
export function stripUnsafeChars(text: string): string {
  return text.replace(UNSAFE, '');
}

/**
 * User-typed text as a quoted CSS string (for `content:` in a `<style>`): quotes and
 * backslashes escaped, line breaks as spaces, and `<` as `\3C ` so no `</style>` can end
 * the style sheet.
 *
 * @example cssString('A "B" </style>') === '"A \\"B\\" \\3C /style>"'
 */
export function cssString(text: string): string {
  const body = stripUnsafeChars(text)
    .replace(/[\\"]/g, '\\$&')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/</g, '\\3C ');
  return `"${body}"`;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * User-typed text made safe as XML or HTML character data and as a quoted attribute value:
 * markup characters become entities and unsafe characters are dropped, so a name such as
 * `<script>` is shown as text and never parsed as markup.
 *
 * @example escapeXml('<b>R&D</b>') === '&lt;b&gt;R&amp;D&lt;/b&gt;'
 */
export function escapeXml(text: string): string {
  return stripUnsafeChars(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
