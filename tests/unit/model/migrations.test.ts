import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT, migrate, migrations, type Migration } from '../../../src/model/migrations';

describe('migrate', () => {
  it('has one named migration per older format, oldest first, each from a distinct version', () => {
    const froms = migrations.map((m) => m.from);
    expect(froms).toEqual([...froms].sort((a, b) => a - b));
    expect(new Set(migrations.map((m) => m.name)).size).toBe(migrations.length);
    expect(froms.every((from) => from < CURRENT_FORMAT)).toBe(true);
  });

  it('leaves a current-format file as it is', () => {
    expect(migrate({ procmap: 1, title: 'T' }, 1)).toEqual({
      ok: true,
      raw: { procmap: 1, title: 'T' },
      applied: [],
    });
  });

  it('applies each migration from the file version on, in order, and records their names', () => {
    // given three formats and a migration between each
    const steps: Migration[] = [
      {
        name: '2-owner-becomes-list',
        from: 2,
        up: (raw) => ({ ...raw, owners: [raw['owner']], trail: `${String(raw['trail'])}>2` }),
      },
      {
        name: '1-rename-name-to-title',
        from: 1,
        up: (raw) => ({ ...raw, title: raw['name'], trail: '1' }),
      },
    ];
    // when a format-1 file is brought to format 3
    const result = migrate(
      { procmap: 1, name: 'Old', owner: 'CISO' },
      1,
      [...steps].sort((a, b) => a.from - b.from),
      3,
    );
    // then both ran, oldest first
    expect(result).toEqual({
      ok: true,
      raw: { procmap: 3, name: 'Old', owner: 'CISO', title: 'Old', owners: ['CISO'], trail: '1>2' },
      applied: ['1-rename-name-to-title', '2-owner-becomes-list'],
    });
  });

  it('refuses a newer format clearly', () => {
    expect(migrate({}, 99)).toEqual({
      ok: false,
      message: 'made by a newer ProcMap (format 99); this version reads format 1',
    });
  });

  it('refuses an older format it has no migration for', () => {
    expect(migrate({}, 0)).toEqual({
      ok: false,
      message: 'procmap: unknown format 0; this version reads format 1',
    });
  });
});
