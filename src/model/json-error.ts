/**
 * The offset of the first JSON syntax error in `text`, or -1 when it is valid JSON.
 * V8 names the offset for most errors but not for "Unexpected token", so messages about
 * broken JSON files find their place here. Iterative: deep nesting cannot overflow it.
 *
 * @example jsonErrorOffset('{"a": }') === 6
 */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  const stack: string[] = [];
  let i = 0;
  let expect = 'value' as Expect;
  const afterValue = () => {
    expect = stack.length > 0 ? 'commaOrEnd' : 'done';
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  for (;;) {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
      i += 1;
    if (i >= n) return (expect as Expect) === 'done' ? -1 : n;
    const c = text[i]!;
    switch (expect as Expect) {
      case 'done':
        return i;
      case 'colon':
        if (c !== ':') return i;
        i += 1;
        expect = 'value';
        break;
      case 'commaOrEnd': {
        const open = stack[stack.length - 1];
        if (c === ',') {
          i += 1;
          expect = open === '{' ? 'key' : 'value';
        } else if (c === (open === '{' ? '}' : ']')) {
          i += 1;
          stack.pop();
          afterValue();
        } else return i;
        break;
      }
      case 'key':
      case 'keyOrEnd':
        if (expect === 'keyOrEnd' && c === '}') {
          i += 1;
          stack.pop();
          afterValue();
        } else if (c === '"') {
          const end = stringEnd(text, i);
          if (end < 0) return -end - 1;
          i = end;
          expect = 'colon';
        } else return i;
        break;
      default: {
        if (expect === 'valueOrEnd' && c === ']') {
          i += 1;
          stack.pop();
          afterValue();
        } else if (c === '{' || c === '[') {
          stack.push(c);
          i += 1;
          expect = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
        } else if (c === '"') {
          const end = stringEnd(text, i);
          if (end < 0) return -end - 1;
          i = end;
          afterValue();
        } else if (c === 't' || c === 'f' || c === 'n') {
          const literal = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
          for (let k = 0; k < literal.length; k += 1) if (text[i + k] !== literal[k]) return i + k;
          i += literal.length;
          afterValue();
        } else {
          NUMBER.lastIndex = i;
          if (!NUMBER.test(text)) return i;
          i = NUMBER.lastIndex;
          afterValue();
        }
      }
    }
  }
}

type Expect = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd' | 'done';

/** The offset after the string starting at `start`, or `-(error offset) - 1`. */
function stringEnd(text: string, start: number): number {
  for (let j = start + 1; j < text.length; j += 1) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return -j - 1;
    if (c === 0x5c) {
      const next = text[j + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -(j + 1) - 1;
        j += 5;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) j += 1;
      else return -(j + 1) - 1;
    }
  }
  return -text.length - 1;
}
