import { describe, expect, it } from 'vitest';
import { findPort, nodeGeometry } from '../../../src/layout/geometry';
import { THEME } from '../../../src/layout/theme';
import type { Process } from '../../../src/model/types';

function process(overrides: Partial<Process> = {}): Process {
  return {
    id: 'p',
    name: 'Risk assessment',
    kind: 'process',
    category: 'core',
    owner: 'Risk manager',
    activities: [],
    inputs: [],
    outputs: [],
    references: [],
    ...overrides,
  };
}

describe('nodeGeometry', () => {
  it('puts inputs on the left and outputs on the right, in model order', () => {
    // given
    const p = process({ inputs: ['Asset inventory', 'Risk criteria'], outputs: ['Risk register'] });
    // when
    const g = nodeGeometry(p);
    // then
    expect(g.ports.map((port) => port.handleId)).toEqual([
      'in:asset inventory',
      'in:risk criteria',
      'out:risk register',
    ]);
    const [first, second, out] = g.ports;
    expect(first.x).toBe(0);
    expect(out.x).toBe(g.width);
    expect(first.y).toBeLessThan(second.y);
    expect(first.text.anchor).toBe('start');
    expect(out.text.anchor).toBe('end');
    expect(first.y).toBeGreaterThan(g.headerHeight);
    expect(second.y).toBeLessThan(g.height);
  });

  it('puts inputs on the top border and outputs on the bottom border for a map laid out DOWN', () => {
    // given
    const p = process({ inputs: ['Asset inventory', 'Risk criteria'], outputs: ['Risk register'] });
    // when
    const across = nodeGeometry(p);
    const down = nodeGeometry(p, 'DOWN');
    // then: the same box and text, the ports moved to the top and bottom borders
    expect(down.width).toBe(across.width);
    expect(down.height).toBe(across.height);
    const [first, second, output] = down.ports;
    expect([first!.y, second!.y, output!.y]).toEqual([0, 0, down.height]);
    expect([first!.facing, output!.facing]).toEqual(['up', 'down']);
    // inputs left to right in the order of their rows, above the inputs' column
    expect(first!.x).toBeLessThan(second!.x);
    expect(second!.x).toBeLessThanOrEqual(first!.text.x + first!.text.width!);
    // the output below the outputs' column on the right
    expect(output!.x).toBeGreaterThan(down.width / 2);
    expect(down.ports.map((port) => port.text)).toEqual(across.ports.map((port) => port.text));
  });

  it('makes one port per artifact key and keeps the first spelling', () => {
    const g = nodeGeometry(
      process({ inputs: ['Risk  Register', 'risk register', ' RISK register '] }),
    );
    expect(g.ports).toHaveLength(1);
    expect(g.ports[0]).toMatchObject({ key: 'risk register', label: 'Risk  Register' });
  });

  it('skips names that are empty after trimming', () => {
    const g = nodeGeometry(process({ inputs: ['  ', 'Policy'], outputs: [''] }));
    expect(g.ports.map((port) => port.handleId)).toEqual(['in:policy']);
  });

  it('grows taller when the name or a label wraps onto more lines', () => {
    const short = nodeGeometry(process({ inputs: ['Policy'] }));
    const longName = nodeGeometry(
      process({ name: 'Information security continuity planning and testing', inputs: ['Policy'] }),
    );
    const longLabel = nodeGeometry(
      process({ inputs: ['Results of the information security risk treatment and review'] }),
    );
    expect(longName.title.lines.length).toBeGreaterThan(1);
    expect(longName.height).toBeGreaterThan(short.height);
    expect(longLabel.ports[0].text.lines.length).toBeGreaterThan(1);
    expect(longLabel.height).toBeGreaterThan(short.height);
  });

  it('wraps a long name and a long owner whole, never cutting them with an ellipsis', () => {
    // given
    const name =
      'Monitoring, measurement, analysis and evaluation of the information security management system and its controls';
    const owner = 'Chief Information Security Officer and Data Protection Officer';
    // when
    const g = nodeGeometry(process({ name, owner, inputs: ['Policy'] }));
    // then
    expect(g.title.lines.length).toBeGreaterThan(3);
    expect(g.title.lines.join(' ')).toBe(name);
    expect(g.subtitle?.lines.join(' ')).toBe(owner);
    // the header holds every line, and the first port row starts below it
    const titleBottom = g.title.top! + g.title.lines.length * g.title.lineHeight;
    expect(g.headerHeight).toBeGreaterThan(titleBottom);
    expect(g.ports[0].text.top!).toBeGreaterThan(g.headerHeight);
  });

  it('wraps a long artifact name whole, however many lines it takes', () => {
    // given an output named at length
    const label =
      'Records of the internal audit programme, its audit plans, audit reports, findings and the evidence of their follow-up by the process owners';
    // when
    const g = nodeGeometry(process({ inputs: ['Policy'], outputs: [label] }));
    // then every word is there, and the box holds every line
    const lines = g.ports[1].text.lines;
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join(' ')).toBe(label);
    expect(lines.some((line) => line.includes('…'))).toBe(false);
    expect(g.ports[1].text.top! + lines.length * g.ports[1].text.lineHeight).toBeLessThan(g.height);
  });

  it('hyphenates a word wider than its column at a syllable, not between two letters', () => {
    // given an input column about 100 px wide and a word wider than that
    const g = nodeGeometry(
      process({ inputs: ['Informationssicherheitsleitlinie'], outputs: ['Plan'] }),
    );
    // then each line but the last ends with a hyphen, and the word is whole without them
    const lines = g.ports[0].text.lines;
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/[a-z]-$/);
    expect(lines.map((line, i) => (i < lines.length - 1 ? line.slice(0, -1) : line)).join('')).toBe(
      'Informationssicherheitsleitlinie',
    );
  });

  it('wraps labels into their column so input and output labels never overlap', () => {
    const g = nodeGeometry(
      process({
        inputs: ['Information security objectives and plans'],
        outputs: ['Statement of applicability and risk treatment plan'],
      }),
    );
    const [input, output] = g.ports;
    const inputRight = input.text.x + (input.text.width ?? 0);
    const outputLeft = output.text.x - (output.text.width ?? 0);
    expect(inputRight).toBeLessThanOrEqual(outputLeft);
    expect(input.text.lines.length).toBeGreaterThan(1);
  });

  it('gives a single column the whole width', () => {
    const label = 'Information security objectives and plans';
    const alone = nodeGeometry(process({ inputs: [label] }));
    const paired = nodeGeometry(process({ inputs: [label], outputs: ['Plan'] }));
    expect(alone.ports[0].text.lines.length).toBeLessThan(paired.ports[0].text.lines.length);
  });

  it('tags externals and processes without category', () => {
    expect(nodeGeometry(process({ kind: 'external' })).tag?.lines).toEqual(['EXTERNAL']);
    expect(nodeGeometry(process({ category: undefined })).tag?.lines).toEqual(['PROCESS']);
    expect(nodeGeometry(process({ category: 'management' })).tag?.lines).toEqual(['MANAGEMENT']);
  });

  it('leaves out the owner line when there is no owner', () => {
    const owned = nodeGeometry(process());
    const unowned = nodeGeometry(process({ owner: undefined }));
    expect(owned.subtitle?.lines).toEqual(['Risk manager']);
    expect(unowned.subtitle).toBeUndefined();
    expect(unowned.headerHeight).toBeLessThan(owned.headerHeight);
  });

  it('keeps a node without name or ports clickable', () => {
    const g = nodeGeometry(process({ name: '', owner: undefined }));
    expect(g.title.lines).toEqual([]);
    expect(g.height).toBeGreaterThanOrEqual(THEME.lineHeight.title + THEME.lineHeight.tag);
    expect(g.width).toBe(THEME.node.width);
  });

  it('places text blocks with their baseline below their top', () => {
    const g = nodeGeometry(process({ inputs: ['Policy'] }));
    for (const block of [g.tag!, g.title, g.subtitle!, g.ports[0].text]) {
      expect(block.y).toBeGreaterThan(block.top!);
      expect(block.y).toBeLessThan(block.top! + block.lineHeight);
    }
  });

  it('tells a name with a line break from two names', () => {
    const joined = nodeGeometry(process({ inputs: ['Policy\nScope'] }));
    const apart = nodeGeometry(process({ inputs: ['Policy', 'Scope'] }));
    expect(joined.ports).toHaveLength(1);
    expect(apart.ports).toHaveLength(2);
  });

  it('returns the same geometry for the same text', () => {
    const a = nodeGeometry(process({ id: 'a', inputs: ['Policy'] }));
    const b = nodeGeometry(process({ id: 'b', inputs: ['Policy'] }));
    expect(b).toBe(a);
    expect(findPort(a, 'in:policy')?.label).toBe('Policy');
    expect(findPort(a, 'out:policy')).toBeUndefined();
  });
});
