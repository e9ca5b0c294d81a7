import { describe, expect, it } from 'vitest';
import { deriveModel } from '../../../src/model/derive';
import { blankMap, starterMap } from '../../../src/model/starter';

describe('starterMap', () => {
  it('has about twenty processes and the externals at its interfaces', () => {
    const map = starterMap();
    expect(map.processes.filter((p) => p.kind === 'process')).toHaveLength(20);
    expect(map.processes.filter((p) => p.kind === 'external').map((p) => p.name)).toEqual([
      'Interested parties',
      'Regulators and authorities',
      'Suppliers and cloud providers',
      'Certification body',
    ]);
  });

  it('has no problems at all: every input produced, every output taken, every owner set', () => {
    expect(deriveModel(starterMap()).problems).toEqual([]);
  });

  it('gives every process an owner, a category, activities and clause references', () => {
    for (const p of starterMap().processes.filter((q) => q.kind === 'process')) {
      expect(p.owner, p.id).toBeTruthy();
      expect(p.category, p.id).toBeDefined();
      expect(p.activities.length, p.id).toBeGreaterThan(0);
      expect(p.references.length, p.id).toBeGreaterThan(0);
      expect(p.documentation, p.id).toBeTruthy();
    }
  });

  it('covers clauses 4 to 10 of ISO/IEC 27001', () => {
    const clauses = new Set(
      starterMap().processes.flatMap((p) => p.references.map((r) => r.split('.')[0])),
    );
    for (const clause of ['4', '5', '6', '7', '8', '9', '10']) expect(clauses).toContain(clause);
  });

  it('is one connected map', () => {
    const map = starterMap();
    const { flows } = deriveModel(map);
    const neighbours = new Map(map.processes.map((p) => [p.id, new Set<string>()]));
    for (const f of flows) {
      neighbours.get(f.from)!.add(f.to);
      neighbours.get(f.to)!.add(f.from);
    }
    const reached = new Set(['context']);
    for (const id of reached) for (const next of neighbours.get(id)!) reached.add(next);
    expect(reached.size).toBe(map.processes.length);
  });

  it('closes the PDCA loop: review feeds improvement, improvement feeds planning and operation again', () => {
    const { flows } = deriveModel(starterMap());
    const has = (from: string, to: string) => flows.some((f) => f.from === from && f.to === to);
    expect(has('management-review', 'improvement')).toBe(true);
    expect(has('management-review', 'context')).toBe(true);
    expect(has('improvement', 'operational-planning')).toBe(true);
    expect(has('monitoring', 'management-review')).toBe(true);
  });

  it('gives a fresh copy on every call', () => {
    const first = starterMap();
    first.processes[0]!.inputs.push('Changed');
    expect(starterMap().processes[0]!.inputs).not.toContain('Changed');
  });
});

describe('blankMap', () => {
  it('is an empty map of the current format', () => {
    expect(blankMap()).toEqual({
      procmap: 1,
      title: 'Untitled process map',
      layout: { direction: 'BANDS' },
      processes: [],
      positions: {},
    });
  });
});
