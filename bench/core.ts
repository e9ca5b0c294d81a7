import { analyzeMap } from '../src/model/analysis';
import { deriveModel } from '../src/model/derive';
import { deriveFlows, indexArtifacts } from '../src/model/flows';
import { parseMap } from '../src/model/parse';
import { serializeMap } from '../src/model/serialize';
import { generateMap } from './generate-map';
import { time, timingRow, type BenchRow } from './types';

function parseAndDerive(text: string) {
  const result = parseMap(text);
  if (!result.ok) throw new Error(result.error.message);
  return deriveModel(result.map);
}

/**
 * The model section: parse + flows + analysis of generated maps (3 inputs and 3 outputs a
 * process). Target: 10,000 processes from JSON in under 200 ms.
 */
export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of [1000, 10000]) {
    const map = generateMap(n);
    const json = serializeMap(map, 'json');
    const size = `${n.toLocaleString('en')} processes`;
    const derived = parseAndDerive(json);
    const shape = `${derived.flows.length} flows, ${derived.problems.length} problems, ${(json.length / 1e6).toFixed(1)} MB`;
    rows.push(
      timingRow(
        `parse JSON + flows + analysis, ${size}`,
        time(() => parseAndDerive(json), 9),
        n === 10000 ? `${shape}; target < 200 ms` : shape,
      ),
    );
    rows.push(
      timingRow(
        `  parse JSON, ${size}`,
        time(() => parseMap(json), 9),
      ),
    );
    const index = indexArtifacts(map.processes);
    rows.push(
      timingRow(
        `  index + flows, ${size}`,
        time(() => deriveFlows(map.processes, indexArtifacts(map.processes)), 9),
      ),
    );
    rows.push(
      timingRow(
        `  analysis, ${size}`,
        time(() => analyzeMap(map, index), 9),
      ),
    );
    const yaml = serializeMap(map, 'yaml');
    rows.push(
      timingRow(
        `parse YAML + flows + analysis, ${size}`,
        n === 1000
          ? time(() => parseAndDerive(yaml), 3, 1)
          : time(() => parseAndDerive(yaml), 1, 0),
        'YAML is for hand-written maps, far smaller',
      ),
    );
  }
  return rows;
}
