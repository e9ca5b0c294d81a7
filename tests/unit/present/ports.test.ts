import { describe, expect, it } from 'vitest';
import { nodeGeometry } from '../../../src/layout/geometry';
import { portAt } from '../../../src/present/ports';
import { proc } from './build';

const geometry = nodeGeometry(
  proc({
    id: 'risk',
    name: 'Risk assessment',
    inputs: ['Risk criteria', 'Asset inventory'],
    outputs: ['Risk register'],
  }),
);
const port = (id: string) => geometry.ports.find((p) => p.handleId === id)!;

describe('portAt', () => {
  it('finds an input from a click on its label or on its dot', () => {
    const criteria = port('in:risk criteria');
    expect(portAt(geometry, { x: 20, y: criteria.y })?.key).toBe('risk criteria');
    expect(portAt(geometry, { x: -3, y: criteria.y })?.key).toBe('risk criteria');
  });

  it('finds an output from a click at the right end of its row', () => {
    const register = port('out:risk register');
    expect(portAt(geometry, { x: geometry.width - 20, y: register.y })?.side).toBe('out');
    expect(portAt(geometry, { x: geometry.width + 4, y: register.y })?.key).toBe('risk register');
  });

  it('tells the rows apart', () => {
    const inventory = port('in:asset inventory');
    expect(portAt(geometry, { x: 20, y: inventory.y })?.key).toBe('asset inventory');
  });

  it('finds nothing in the header or between the columns', () => {
    expect(portAt(geometry, { x: 20, y: geometry.headerHeight / 2 })).toBeUndefined();
    const inventory = port('in:asset inventory');
    expect(portAt(geometry, { x: geometry.width - 20, y: inventory.y })).toBeUndefined();
  });
});
