/**
 * Text from a map file on its way to a terminal. A name may hold ESC, BEL, NUL or a C1
 * control (U+009B starts a CSI sequence on some terminals): printed raw, it could recolour,
 * retitle or clear the terminal, or hide a line. Each is written as `\uXXXX` instead, which
 * inside a JSON string means the very same character, so `--json` stays exact.
 */

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS_AND_LINES = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * The text with every control character but line feeds and tabs escaped: for whole
 * outputs, whose lines are the program's own.
 *
 * @example terminalText('a\u001b[2Jb\n') === 'a\\u001b[2Jb\n'
 */
export function terminalText(text: string): string {
  return text.replace(CONTROLS, escape);
}

/** One field (a name, a message) inside a line: line breaks and tabs are escaped too. */
export function terminalField(text: string): string {
  return text.replace(CONTROLS_AND_LINES, escape);
}
