import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveFlows } from '../../../src/model/flows';
import { tourOrder } from '../../../src/present/tour';
import { mapOf, proc } from './build';

describe('tourOrder', () => {
  it('shows a process after the processes that feed it, whatever the map order', () => {
    // given a chain context → assessment → treatment written backwards
    const { map, flows } = mapOf(
      { id: 'treatment', inputs: ['Risk register'] },
      { id: 'assessment', inputs: ['Risk criteria'], outputs: ['Risk register'] },
      { id: 'context', outputs: ['Risk criteria'] },
    );
    // when
    const order = tourOrder(map, flows);
    // then
    expect(order).toEqual(['context', 'assessment', 'treatment']);
  });

  it('keeps the map order where the flows do not decide', () => {
    const { map, flows } = mapOf(
      { id: 'b', inputs: ['X'] },
      { id: 'c' },
      { id: 'a', outputs: ['X'] },
      { id: 'd' },
    );
    expect(tourOrder(map, flows)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('walks the management band, then core, then support, then uncategorised processes', () => {
    // given a support process that feeds a management one, listed first
    const { map, flows } = mapOf(
      { id: 'loose' },
      { id: 'competence', category: 'support', outputs: ['Training records'] },
      { id: 'operations', category: 'core', outputs: ['Incidents'] },
      { id: 'review', category: 'management', inputs: ['Training records', 'Incidents'] },
    );
    // when the bands are walked
    const order = tourOrder(map, flows);
    // then the band wins over the flow direction
    expect(order).toEqual(['review', 'operations', 'competence', 'loose']);
  });

  it('shows a PDCA loop written in clause order in that order', () => {
    // given plan → do → check → act → plan, written in that order
    const { map, flows } = mapOf(
      { id: 'plan', inputs: ['Improvements'], outputs: ['Plan'] },
      { id: 'do', inputs: ['Plan'], outputs: ['Records'] },
      { id: 'check', inputs: ['Records'], outputs: ['Findings'] },
      { id: 'act', inputs: ['Findings'], outputs: ['Improvements'] },
    );
    // then the flow back from act to plan does not pull act to the front
    expect(tourOrder(map, flows)).toEqual(['plan', 'do', 'check', 'act']);
  });

  it('cuts a loop at the flows that go back up the list', () => {
    // given the same loop written act, check, do, plan: only act → plan goes down the list
    const { map, flows } = mapOf(
      { id: 'act', inputs: ['Findings'], outputs: ['Improvements'] },
      { id: 'check', inputs: ['Records'], outputs: ['Findings'] },
      { id: 'do', inputs: ['Plan'], outputs: ['Records'] },
      { id: 'plan', inputs: ['Improvements'], outputs: ['Plan'] },
    );
    expect(tourOrder(map, flows)).toEqual(['act', 'check', 'do', 'plan']);
  });

  it('still follows the flows into and out of a loop', () => {
    // given a loop review ⇄ policy, fed by context and feeding objectives, all listed last-first
    const { map, flows } = mapOf(
      { id: 'objectives', inputs: ['Policy'] },
      { id: 'review', inputs: ['Policy', 'Issues'], outputs: ['Decisions'] },
      { id: 'policy', inputs: ['Decisions'], outputs: ['Policy'] },
      { id: 'context', outputs: ['Issues'] },
    );
    // then context comes before the loop and objectives after it
    expect(tourOrder(map, flows)).toEqual(['context', 'review', 'policy', 'objectives']);
  });

  it('opens with externals that supply inputs and closes with externals that only receive', () => {
    // given two suppliers (listed in reverse of what they feed), a receiver and a loner
    const { map, flows } = mapOf(
      { id: 'auditor', kind: 'external', inputs: ['Statement of Applicability'] },
      { id: 'vendor', kind: 'external', outputs: ['Threat intelligence'] },
      { id: 'loner', kind: 'external' },
      { id: 'regulator', kind: 'external', outputs: ['Legal requirements'] },
      { id: 'context', inputs: ['Legal requirements'], outputs: ['Scope'] },
      {
        id: 'risk',
        inputs: ['Scope', 'Threat intelligence'],
        outputs: ['Statement of Applicability'],
      },
    );
    // when
    const order = tourOrder(map, flows);
    // then suppliers come in the order of what they feed, receivers after the processes
    expect(order).toEqual(['regulator', 'vendor', 'context', 'risk', 'auditor', 'loner']);
  });

  it('opens with an external that both supplies and receives', () => {
    const { map, flows } = mapOf(
      { id: 'service', inputs: ['Requirements'], outputs: ['Service report'] },
      { id: 'customer', kind: 'external', inputs: ['Service report'], outputs: ['Requirements'] },
    );
    expect(tourOrder(map, flows)).toEqual(['customer', 'service']);
  });

  it('closes with an external that receives before what it supplies is used', () => {
    // given a certification body that audits the scope and reports to management review
    const { map, flows } = mapOf(
      { id: 'certification', kind: 'external', inputs: ['Scope'], outputs: ['Audit report'] },
      { id: 'scope', category: 'management', outputs: ['Scope'] },
      { id: 'review', category: 'management', inputs: ['Audit report'] },
    );
    // then it comes after the processes, not before
    expect(tourOrder(map, flows)).toEqual(['scope', 'review', 'certification']);
  });

  it('orders several producers of one artifact before its consumer', () => {
    const { map, flows } = mapOf(
      { id: 'corrective', inputs: ['Nonconformity'] },
      { id: 'audit', outputs: ['Nonconformity'] },
      { id: 'monitoring', outputs: ['nonconformity '] },
    );
    expect(tourOrder(map, flows)).toEqual(['audit', 'monitoring', 'corrective']);
  });

  it('lists every process exactly once, for any map', () => {
    const names = ['A', 'B', 'C', 'D', 'E'];
    const processArb = fc.record({
      kind: fc.constantFrom('process' as const, 'external' as const),
      category: fc.constantFrom(
        undefined,
        'management' as const,
        'core' as const,
        'support' as const,
      ),
      inputs: fc.subarray(names),
      outputs: fc.subarray(names),
    });
    fc.assert(
      fc.property(fc.array(processArb, { maxLength: 12 }), (inits) => {
        // given any processes with any flows between them
        const processes = inits.map((init, i) => proc({ id: `p${i}`, ...init }));
        // when
        const order = tourOrder({ processes }, deriveFlows(processes));
        // then the order is a permutation of the ids
        expect([...order].sort()).toEqual(processes.map((p) => p.id).sort());
      }),
    );
  });

  it('puts a process after its band feeders whenever the band has no loop', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(9), fc.nat(9)), { maxLength: 20 }),
        fc.array(fc.nat(9), { minLength: 10, maxLength: 10 }),
        (edges, ranks) => {
          // given an acyclic map: flows only from a lower rank to a higher one
          const processes = ranks.map((_, i) => proc({ id: `p${i}` }));
          for (const [a, b] of edges) {
            if (ranks[a]! >= ranks[b]!) continue;
            processes[a]!.outputs.push(`x${a}-${b}`);
            processes[b]!.inputs.push(`x${a}-${b}`);
          }
          const flows = deriveFlows(processes);
          // when
          const order = tourOrder({ processes }, flows);
          // then every flow goes forward in the tour
          for (const flow of flows) {
            expect(order.indexOf(flow.from)).toBeLessThan(order.indexOf(flow.to));
          }
        },
      ),
    );
  });
});
