import { describe, expect, it } from 'vitest';
import {
  elkPortId,
  DETAILED_LAYOUT_MAX_FLOWS,
  QUICK_LAYOUT_MIN_FLOWS,
  toElkGraph,
} from '../../../src/layout/elk-graph';
import { mapGeometries } from '../../../src/layout/geometry';
import { deriveFlows } from '../../../src/model/flows';
import type { ProcessMap } from '../../../src/model/types';
import { loopMap, mapOf, proc } from '../../fixtures/layout/small-maps';

function graphOf(map: ProcessMap, direction: 'RIGHT' | 'DOWN' = 'RIGHT') {
  const flows = deriveFlows(map.processes);
  return toElkGraph(map, flows, mapGeometries(map.processes), direction);
}

/** A chain of processes with exactly `flows` flows. */
function chain(flows: number): ProcessMap {
  return mapOf(
    Array.from({ length: flows + 1 }, (_, i) =>
      proc({ id: `p${i}`, inputs: [`a${i - 1}`], outputs: [`a${i}`] }),
    ),
  );
}

describe('toElkGraph', () => {
  it('spells every layout option in full and asks for a layered, orthogonal layout', () => {
    const graph = graphOf(loopMap(), 'DOWN');
    const options = graph.layoutOptions!;
    for (const key of Object.keys(options)) expect(key).toMatch(/^elk\./);
    expect(options['elk.algorithm']).toBe('layered');
    expect(options['elk.direction']).toBe('DOWN');
    expect(options['elk.edgeRouting']).toBe('ORTHOGONAL');
    expect(options['elk.layered.considerModelOrder.strategy']).toBe('NODES_AND_EDGES');
    for (const child of graph.children!) {
      expect(Object.keys(child.layoutOptions!)).toEqual(['elk.portConstraints']);
      for (const port of child.ports!) {
        expect(Object.keys(port.layoutOptions!).sort()).toEqual([
          'elk.port.index',
          'elk.port.side',
        ]);
      }
    }
  });

  it('fixes every port where the node geometry draws it, inputs west and outputs east', () => {
    // given
    const map = loopMap();
    const geometries = mapGeometries(map.processes);
    // when
    const graph = graphOf(map);
    // then
    const risk = graph.children!.find((c) => c.id === 'risk-assessment')!;
    expect(risk.width).toBe(geometries['risk-assessment'].width);
    expect(risk.height).toBe(geometries['risk-assessment'].height);
    expect(risk.layoutOptions!['elk.portConstraints']).toBe('FIXED_POS');
    expect(risk.ports!.map((p) => p.id)).toEqual(
      geometries['risk-assessment'].ports.map((p) => elkPortId('risk-assessment', p.handleId)),
    );
    risk.ports!.forEach((port, index) => {
      const expected = geometries['risk-assessment'].ports[index];
      expect(port).toMatchObject({ x: expected.x, y: expected.y, width: 0, height: 0 });
      expect(port.layoutOptions!['elk.port.side']).toBe(expected.side === 'in' ? 'WEST' : 'EAST');
      expect(port.layoutOptions!['elk.port.index']).toBe(String(index));
    });
  });

  it('makes one edge per flow from the output port to the input port', () => {
    const map = loopMap();
    const graph = graphOf(map);
    const flows = deriveFlows(map.processes);
    const portIds = new Set(graph.children!.flatMap((c) => c.ports!.map((p) => p.id)));
    expect(graph.edges!.map((e) => e.id)).toEqual(flows.map((f) => f.id));
    const audit = graph.edges!.find(
      (e) => e.id === 'internal-audit->management-review:audit report',
    )!;
    expect(audit.sources).toEqual(['internal-audit/out:audit report']);
    expect(audit.targets).toEqual(['management-review/in:audit report']);
    for (const edge of graph.edges!) {
      expect(portIds.has(edge.sources[0])).toBe(true);
      expect(portIds.has(edge.targets[0])).toBe(true);
    }
  });

  it('keeps model order and lays a repeated id out once', () => {
    const map = mapOf([proc({ id: 'b' }), proc({ id: 'a' }), proc({ id: 'b', name: 'again' })]);
    expect(graphOf(map).children!.map((c) => c.id)).toEqual(['b', 'a']);
  });

  it('leaves out a flow whose ports the geometries do not have', () => {
    const map = mapOf([proc({ id: 'a', outputs: ['x'] }), proc({ id: 'b', inputs: ['x'] })]);
    const stale = { id: 'a->b:y', from: 'a', to: 'b', key: 'y', artifact: 'y' };
    const graph = toElkGraph(map, [stale], mapGeometries(map.processes), 'RIGHT');
    expect(graph.edges).toEqual([]);
  });

  it('tries fewer orderings against crossings on very large maps', () => {
    const large = graphOf(chain(QUICK_LAYOUT_MIN_FLOWS));
    const huge = graphOf(chain(QUICK_LAYOUT_MIN_FLOWS + 1));
    expect(large.layoutOptions!['elk.layered.thoroughness']).toBe('7');
    expect(huge.layoutOptions!['elk.layered.thoroughness']).toBe('1');
  });

  it('switches to fast node placement without model-order sorting for maps with many flows', () => {
    const small = graphOf(chain(DETAILED_LAYOUT_MAX_FLOWS));
    const large = graphOf(chain(DETAILED_LAYOUT_MAX_FLOWS + 1));
    expect(small.edges).toHaveLength(DETAILED_LAYOUT_MAX_FLOWS);
    expect(small.layoutOptions!['elk.layered.nodePlacement.strategy']).toBe('NETWORK_SIMPLEX');
    expect(large.layoutOptions!['elk.layered.nodePlacement.strategy']).toBe('BRANDES_KOEPF');
    expect(small.layoutOptions!['elk.layered.considerModelOrder.strategy']).toBe('NODES_AND_EDGES');
    expect(large.layoutOptions!['elk.layered.considerModelOrder.strategy']).toBe('NONE');
    expect(large.layoutOptions!['elk.layered.cycleBreaking.strategy']).toBe('MODEL_ORDER');
  });
});
