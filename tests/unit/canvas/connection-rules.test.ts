import { describe, expect, it } from 'vitest';
import {
  canConnect,
  outputKeyOfHandle,
  outputNameOfHandle,
} from '../../../src/canvas/connection-rules';
import type { Process } from '../../../src/model/types';

import { bareProcess as proc } from '../support/maps';

function index(...processes: Process[]): Map<string, Process> {
  return new Map(processes.map((p) => [p.id, p]));
}

describe('canConnect', () => {
  it('lets an output be dropped on another process that lacks it as input', () => {
    // given
    const byId = index(proc('risk', [], ['Risk register']), proc('treat', ['Risk criteria']));
    // when
    const ok = canConnect(byId, {
      source: 'risk',
      sourceHandle: 'out:risk register',
      target: 'treat',
    });
    // then
    expect(ok).toBe(true);
  });

  it('refuses to connect a process to itself', () => {
    const byId = index(proc('risk', [], ['Risk register']));
    expect(
      canConnect(byId, { source: 'risk', sourceHandle: 'out:risk register', target: 'risk' }),
    ).toBe(false);
  });

  it('refuses an input the target already has, whatever its spelling', () => {
    const byId = index(proc('risk', [], ['Risk register']), proc('treat', ['  RISK   register ']));
    expect(
      canConnect(byId, { source: 'risk', sourceHandle: 'out:risk register', target: 'treat' }),
    ).toBe(false);
  });

  it('refuses a drag that starts from an input port', () => {
    const byId = index(proc('risk', ['Risk criteria']), proc('treat'));
    expect(
      canConnect(byId, { source: 'risk', sourceHandle: 'in:risk criteria', target: 'treat' }),
    ).toBe(false);
  });

  it('refuses a handle whose output no longer exists', () => {
    const byId = index(proc('risk', [], ['Risk register']), proc('treat'));
    expect(
      canConnect(byId, { source: 'risk', sourceHandle: 'out:asset inventory', target: 'treat' }),
    ).toBe(false);
  });

  it('refuses unknown processes and missing ends', () => {
    const byId = index(proc('risk', [], ['Risk register']));
    expect(
      canConnect(byId, { source: 'risk', sourceHandle: 'out:risk register', target: 'nowhere' }),
    ).toBe(false);
    expect(
      canConnect(byId, { source: null, sourceHandle: 'out:risk register', target: 'risk' }),
    ).toBe(false);
    expect(
      canConnect(byId, { source: 'risk', sourceHandle: 'out:risk register', target: null }),
    ).toBe(false);
  });
});

describe('output handles', () => {
  it('reads the artifact key from an output handle id and nothing from an input handle', () => {
    expect(outputKeyOfHandle('out:risk register')).toBe('risk register');
    expect(outputKeyOfHandle('in:risk register')).toBeUndefined();
    expect(outputKeyOfHandle(null)).toBeUndefined();
  });

  it("gives the producer's own spelling of the output", () => {
    expect(outputNameOfHandle(proc('risk', [], [' Risk  Register']), 'out:risk register')).toBe(
      'Risk  Register',
    );
  });
});
