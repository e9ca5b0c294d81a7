import { describe, expect, it } from 'vitest';
import { wordBreaks } from '../../../src/text/hyphenate';

/** The word with a "|" where it may break, and a "-" shown as such: In|for|ma|tion. */
function marked(word: string): string {
  let out = '';
  let last = 0;
  for (const { at } of wordBreaks(word)) {
    out += word.slice(last, at) + '|';
    last = at;
  }
  return out + word.slice(last);
}

describe('wordBreaks', () => {
  it('finds the English hyphenation points of a word', () => {
    expect(marked('Information')).toBe('In|for|ma|tion');
    expect(marked('Leadership')).toBe('Lead|er|ship');
    expect(marked('Operational')).toBe('Op|er|a|tional');
  });

  it('leaves two letters before a break and three after it', () => {
    // the patterns allow "securi-ty"; TeX's rule for English does not
    expect(marked('security')).toBe('se|cu|rity');
    expect(marked('Vulnerability')).toBe('Vul|ner|a|bil|ity');
  });

  it('gives the last syllables too when fewer letters may follow, for a cut with an ellipsis', () => {
    expect(marked('Documented')).toBe('Doc|u|mented');
    expect(wordBreaks('Documented', 1).map((b) => b.at)).toEqual([3, 4, 8]);
  });

  it('marks hyphenation points as adding a hyphen, and breaks after a dash or slash as not', () => {
    expect(wordBreaks('Non-conformity')).toEqual([
      { at: 4, hyphen: false },
      { at: 7, hyphen: true },
      { at: 10, hyphen: true },
    ]);
    expect(marked('policies/procedures')).toBe('poli|cies/|pro|ce|dures');
  });

  it('ignores punctuation around a word', () => {
    expect(marked('Monitoring,')).toBe('Mon|i|tor|ing,');
    expect(marked('(awareness)')).toBe('(aware|ness)');
  });

  it('never breaks an acronym, a number or a short word', () => {
    expect(wordBreaks('ISMS')).toEqual([]);
    expect(wordBreaks('27001:2022')).toEqual([]);
    expect(wordBreaks('risk')).toEqual([]);
  });
});
