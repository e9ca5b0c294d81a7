import { analyzeMap } from '../src/model/analysis';
import { deriveModel } from '../src/model/derive';
import { deriveFlows, indexArtifacts } from '../src/model/flows';
import { parseMap } from '../src/model/parse';
import { serializeMap } from '../src/model/serialize';
import { generateMap } from './generate-map';
import { medianMs, type BenchRow } from './types';

const round = (ms: number) => Math.round(ms * 10) / 10;

function parseAndDerive(text: string) {
  const result = parseMap(text);
  if (!result.ok) throw new Error(result.error.message);
  return deriveModel(result.map);
}

/** Parse + flows + analysis of generated maps (3 inputs, 3 outputs a process). Target: 10,000 in < 200 ms. */
export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of [1000, 10000]) {
    const map = generateMap(n);
    const json = serializeMap(map, 'json');
    const yaml = serializeMap(map, 'yaml');
    const size = `${n.toLocaleString('en')} processes`;
    const derived = parseAndDerive(json);
    const note = `median of 7 after 3 warm-up runs; ${derived.flows.length} flows, ${derived.problems.length} problems`;
    rows.push({
      name: `parse JSON + flows + analysis, ${size}`,
      value: round(medianMs(() => parseAndDerive(json))),
      unit: 'ms',
      note: n === 10000 ? `${note}; target < 200 ms` : note,
    });
    rows.push({ name: `  parse JSON only, ${size}`, value: round(medianMs(() => parseMap(json))), unit: 'ms' });
    rows.push({
      name: `  flows only, ${size}`,
      value: round(medianMs(() => deriveFlows(map.processes, indexArtifacts(map.processes)))),
      unit: 'ms',
    });
    rows.push({ name: `  analysis only, ${size}`, value: round(medianMs(() => analyzeMap(map))), unit: 'ms' });
    rows.push({
      name: `parse YAML + flows + analysis, ${size}`,
      value: round(medianMs(() => parseAndDerive(yaml), 3, 1)),
      unit: 'ms',
      note: 'median of 3 after 1 warm-up run; hand-written files are far smaller',
    });
  }
  return rows;
}
