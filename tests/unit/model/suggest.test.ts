import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance, createSuggester, wordSignature } from '../../../src/model/suggest';

/** Plain Levenshtein, to hold the banded one to. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'r', 's', ' ', '1'), maxLength: 14 });

describe('boundedEditDistance', () => {
  it('equals the edit distance up to the bound and says "beyond" past it', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const exact = editDistance(a, b);
        expect(boundedEditDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('wordSignature', () => {
  it('is the same for reordered words and singular or plural spellings', () => {
    expect(wordSignature('risk registers')).toBe(wordSignature('register risk'));
    expect(wordSignature('policies')).toBe(wordSignature('policy'));
    expect(wordSignature('processes')).toBe(wordSignature('process'));
    expect(wordSignature('inventory of assets')).toBe(wordSignature('asset inventory'));
    expect(wordSignature('of the')).not.toBe(wordSignature(''));
  });
});

/** The stemming rules, written out literally, to hold the in-place reading to them. */
function literalStem(word: string): string {
  if (word.length <= 3 || !word.endsWith('s')) return word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ss|x|ch|sh|s)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('ss') ? word : word.slice(0, -1);
}

describe('wordSignature stems', () => {
  it('cuts plural endings exactly as the written rules do', () => {
    const ending = fc.constantFrom(
      's',
      'es',
      'ies',
      'ses',
      'sses',
      'xes',
      'ches',
      'shes',
      'ss',
      'y',
    );
    const stemmed = fc.tuple(
      fc.string({ unit: fc.constantFrom('a', 'c', 'h', 'i', 's', 'x', 'e'), maxLength: 5 }),
      ending,
    );
    fc.assert(
      fc.property(stemmed, ([head, tail]) => {
        const word = `q${head}${tail}`;
        expect(wordSignature(word)).toBe(literalStem(word));
      }),
      { numRuns: 3000 },
    );
  });
});

/** Words with their singular and plural, for same-word suggestions. */
const WORD_FORMS = [
  ['risk', 'risks'],
  ['policy', 'policies'],
  ['process', 'processes'],
  ['box', 'boxes'],
  ['church', 'churches'],
  ['wish', 'wishes'],
  ['glass', 'glasses'],
  ['register', 'registers'],
] as const;

describe('createSuggester', () => {
  it('suggests a known key with the same words in another order or number', () => {
    const spelled = fc.uniqueArray(fc.integer({ min: 0, max: WORD_FORMS.length - 1 }), {
      minLength: 1,
      maxLength: 4,
    });
    const spell = (words: number[], plurals: boolean[]) =>
      words.map((w, i) => WORD_FORMS[w]![plurals[i] ? 1 : 0]).join(' ');
    fc.assert(
      fc.property(
        spelled,
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 23 }),
        (words, queryPlurals, keyPlurals, turn) => {
          // given a query and a known key of the same words, in another order and number
          const query = spell(words, queryPlurals);
          const order = words.map((_, i) => words[(i + turn) % words.length]!);
          const key = spell(order, keyPlurals);
          if (key === query) return;
          // when a suggestion is asked for among that key and unrelated ones
          const suggester = createSuggester(['audit plan', key, 'supplier list']);
          // then it is that key
          expect(suggester.nearest(query)).toBe(key);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('finds the nearest key within the allowed edits, as comparing every key would', () => {
    // given any set of keys and a query
    fc.assert(
      fc.property(
        fc.uniqueArray(
          word.filter((w) => w.trim() !== ''),
          { maxLength: 30 },
        ),
        word,
        (keys, query) => {
          const nearest = createSuggester(keys).nearest(query);
          if (nearest === undefined || wordSignature(nearest) === wordSignature(query)) return;
          // then a typo suggestion is as near as the nearest of all keys, and the first of those
          const max = query.length < 4 ? 0 : query.length < 8 ? 1 : 2;
          const distances = keys.filter((k) => k !== query).map((k) => editDistance(query, k));
          const best = Math.min(...distances);
          expect(editDistance(query, nearest)).toBe(best);
          expect(best).toBeLessThanOrEqual(max);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('picks the nearest typo, the first of equally near ones, in names of up to 40 characters', () => {
    const long = fc.string({
      unit: fc.constantFrom('a', 'b', 'c', 'r', 's', ' ', '1', 'é'),
      minLength: 8,
      maxLength: 40,
    });
    const edit = fc.tuple(
      fc.nat(),
      fc.constantFrom('insert', 'delete', 'replace'),
      fc.constantFrom('b', 'x', 'é'),
    );
    const mutate = (text: string, edits: [number, string, string][]) =>
      edits.reduce((t, [at, kind, c]) => {
        const i = at % (t.length + 1);
        if (kind === 'insert') return t.slice(0, i) + c + t.slice(i);
        return t.slice(0, i) + (kind === 'replace' ? c : '') + t.slice(i + 1);
      }, text);
    fc.assert(
      fc.property(
        long,
        fc.array(fc.array(edit, { maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        (query, mutations) => {
          // given keys a few edits away from a long query
          const keys = [...new Set(mutations.map((edits) => mutate(query, edits)))];
          if (keys.some((k) => wordSignature(k) === wordSignature(query))) return;
          // when the nearest is asked for
          const nearest = createSuggester(keys).nearest(query);
          // then it is the first key at the smallest distance, if that is within 2 edits
          const distances = keys.map((k) => (k === query ? Infinity : editDistance(query, k)));
          const best = Math.min(...distances);
          expect(nearest).toBe(best <= 2 ? keys[distances.indexOf(best)] : undefined);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never misses a key within the allowed edits', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 30 }), word, (keys, query) => {
        const max = query.length < 4 ? 0 : query.length < 8 ? 1 : 2;
        const near = keys.some((k) => k !== query && editDistance(query, k) <= max);
        if (near) expect(createSuggester(keys).nearest(query)).toBeDefined();
      }),
      { numRuns: 1000 },
    );
  });

  it('matches the same words with linking words on either side', () => {
    expect(createSuggester(['register of risks']).nearest('risk register')).toBe(
      'register of risks',
    );
    expect(createSuggester(['asset inventory']).nearest('inventory of the assets')).toBe(
      'asset inventory',
    );
  });

  it('prefers the earlier key on a tie', () => {
    expect(createSuggester(['risk registar', 'risk registor']).nearest('risk registur')).toBe(
      'risk registar',
    );
  });

  it('answers many keys at once as it answers each alone', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { maxLength: 30 }),
        fc.array(word, { maxLength: 8 }),
        (keys, queries) => {
          // given one suggester asked for all queries together and fresh ones asked for each
          const together = createSuggester(keys).nearestAll(queries);
          // then every answer is the same
          expect(together).toEqual(queries.map((query) => createSuggester(keys).nearest(query)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('does not suggest for keys of under four characters', () => {
    expect(createSuggester(['cat']).nearest('car')).toBeUndefined();
  });
});
