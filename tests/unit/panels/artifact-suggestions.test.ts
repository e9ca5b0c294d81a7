import { describe, expect, it } from 'vitest';
import { deriveModel } from '../../../src/model/derive';
import { artifactSuggestions } from '../../../src/panels/artifact-suggestions';
import { mapOf, proc } from '../support/maps';

describe('artifactSuggestions', () => {
  const map = mapOf(
    proc('risk', ['Scope'], ['Risk register', 'Risk report']),
    proc('treat', ['risk register', 'Budget'], ['Treatment plan']),
    proc('audit', ['Treatment plan', 'Audit programme'], ['Audit report']),
  );
  const { index } = deriveModel(map);

  it('suggests as inputs the outputs of the other processes, once each', () => {
    expect(artifactSuggestions(map.processes, index, 'treat').outputs).toEqual([
      'Risk register',
      'Risk report',
      'Audit report',
    ]);
  });

  it('suggests as outputs the inputs that other processes need and nobody produces', () => {
    // given "Scope" (needed by risk), "Budget" (treat) and "Audit programme" (audit)
    expect(artifactSuggestions(map.processes, index, 'risk').unresolved).toEqual([
      'Budget',
      'Audit programme',
    ]);
  });

  it('follows a rename while the artifacts stay the same', () => {
    // given the same index (a rename keeps it) and a renamed process
    const renamed = map.processes.map((p) => (p.id === 'risk' ? { ...p, name: 'Renamed' } : p));
    // then the suggestions are the same names, for whichever process asks
    expect(artifactSuggestions(renamed, index, 'audit')).toEqual(
      artifactSuggestions(map.processes, index, 'audit'),
    );
    expect(artifactSuggestions(renamed, index, 'audit').outputs).toEqual([
      'Risk register',
      'Risk report',
      'Treatment plan',
    ]);
  });
});
