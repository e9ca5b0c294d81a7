// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseMap } from '../../../src/model/parse';
import { downloadMapFile, mapFileName, readMapFile } from '../../../src/store/files';
import { chainMap } from './harness';

const PNG_HEAD = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

function file(name: string, content: string | Uint8Array<ArrayBuffer>): File {
  return new File([content], name);
}

async function failure(f: File): Promise<string> {
  const result = await readMapFile(f);
  if (result.ok) throw new Error(`${f.name} was read as a map`);
  return result.message;
}

describe('readMapFile', () => {
  it('reads a JSON map', async () => {
    const result = await readMapFile(
      file(
        'isms.procmap.json',
        JSON.stringify({ procmap: 1, title: 'T', processes: [{ name: 'Audit' }] }),
      ),
    );
    expect(result.ok && result.map.processes.map((p) => p.id)).toEqual(['audit']);
  });

  it('refuses the ids the CLI refuses, with the same message (constructor, hasOwnProperty)', async () => {
    // given files whose ids every JavaScript object has
    for (const id of ['constructor', 'hasOwnProperty', '__proto__']) {
      const text = `processes:\n  - { id: ${id}, name: A }\n`;
      // when the editor opens one
      const message = await failure(file('ids.yaml', text));
      // then it is refused as the CLI refuses it, instead of renamed with a notice
      const cli = parseMap(text, 'ids.yaml');
      expect(cli.ok).toBe(false);
      expect(message).toBe(!cli.ok && cli.error.message);
      expect(message).toContain(`"${id}" cannot be an id`);
    }
  });

  it('refuses an SVG that carries two maps instead of opening either', async () => {
    const map =
      '<procmap:map xmlns:procmap="urn:procmap:map" format="json">{"processes":[]}</procmap:map>';
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><metadata>${map}</metadata><metadata>${map}</metadata></svg>`;
    expect(await failure(file('two.svg', svg))).toBe(
      "two.svg carries 2 ProcMap maps, so which one it shows is not clear. Open the map's .procmap.json file instead.",
    );
  });

  it('reads a hand-written YAML map', async () => {
    const yaml =
      'title: ISMS\nprocesses:\n  - name: Risk assessment\n    outputs: [Risk register]\n  - name: Treatment\n    inputs: [Risk register]\n';
    const result = await readMapFile(file('isms.yaml', yaml));
    expect(result.ok && result.map.processes.map((p) => p.id)).toEqual([
      'risk-assessment',
      'treatment',
    ]);
  });

  it('names the file and the line of broken JSON', async () => {
    const message = await failure(
      file('broken.procmap.json', '{\n  "procmap": 1,\n  "processes": [\n'),
    );
    expect(message).toContain('broken.procmap.json');
    expect(message).toMatch(/line \d+/);
  });

  it('names the file and the path of a field of the wrong type', async () => {
    const message = await failure(
      file('bad.yaml', 'processes:\n  - name: A\n    inputs: { a: 1 }\n'),
    );
    expect(message).toContain('bad.yaml');
    expect(message).toContain('processes[0].inputs');
  });

  it('says a PNG is not a map instead of reporting a syntax error', async () => {
    const message = await failure(file('photo.png', PNG_HEAD));
    expect(message).toBe(
      'photo.png is not a ProcMap map. Open a .procmap.json file saved by ProcMap, or a JSON or YAML map file. It looks like a PNG image.',
    );
  });

  it('says the JSON of another program is not a map', async () => {
    const message = await failure(
      file('package.json', JSON.stringify({ name: 'x', version: '1.0.0', dependencies: {} })),
    );
    expect(message).toMatch(
      /^package\.json is not a ProcMap map\..*neither a procmap version nor a list of processes/,
    );
  });

  it('says an SVG from elsewhere has no map inside', async () => {
    const message = await failure(
      file(
        'logo.svg',
        '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>',
      ),
    );
    expect(message).toBe(
      'logo.svg is a picture without a ProcMap map inside. Only SVGs exported by ProcMap can be opened.',
    );
  });

  it('says an empty file is empty', async () => {
    expect(await failure(file('new.yaml', ' \n'))).toBe('new.yaml: the file is empty');
  });
});

describe('mapFileName', () => {
  it.each([
    ['isms.procmap.json', 'isms.procmap.json'],
    ['isms.yaml', 'isms.procmap.json'],
    ['isms.yml', 'isms.procmap.json'],
    ['ISMS map', 'ISMS map.procmap.json'],
    ['', 'untitled.procmap.json'],
  ])('saves %j as %j', (given, expected) => {
    expect(mapFileName(given)).toBe(expected);
  });
});

describe('downloadMapFile', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('downloads the map as a .procmap.json file that reads back as the same map', async () => {
    // given a browser that hands out object URLs
    vi.useFakeTimers();
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:procmap';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    // when the map is saved
    const map = chainMap();
    downloadMapFile(map, 'isms.yaml');
    // then one link was clicked with the file name, and the blob is the map
    expect(clicked.map((a) => [a.download, a.href])).toEqual([
      ['isms.procmap.json', 'blob:procmap'],
    ]);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    const parsed = parseMap(await blob!.text());
    expect(parsed.ok && parsed.map).toEqual(map);
    vi.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:procmap');
  });
});
