import { describe, expect, it } from 'vitest';
import { BADGE, badgeWidth, placeBadges } from '../../../src/present/badges';

const node = (x: number, y: number) => ({ x, y, width: 260, height: 100 });

describe('placeBadges', () => {
  it('puts a badge just above its process', () => {
    const at = placeBadges([{ id: 'a', node: node(0, 200), width: 200 }], 1);
    expect(at.get('a')).toEqual({ x: 0, y: 200 - BADGE.gap - BADGE.height });
  });

  it('keeps the same size on screen: further out, a badge takes more of the map', () => {
    const at = placeBadges([{ id: 'a', node: node(0, 200), width: 200 }], 0.5);
    expect(at.get('a')).toEqual({ x: 0, y: 200 - 2 * (BADGE.gap + BADGE.height) });
  });

  it('moves a badge below its process when the one above would cover another badged process', () => {
    // given b right under a, too close for b's badge to fit between them
    const at = placeBadges(
      [
        { id: 'a', node: node(0, 0), width: 200 },
        { id: 'b', node: node(0, 120), width: 200 },
      ],
      1,
    );
    // then b's badge goes under b
    expect(at.get('b')).toEqual({ x: 0, y: 120 + 100 + BADGE.gap });
  });

  it('never lets two badges overlap when there is room higher up', () => {
    // given three processes side by side whose wide badges would collide above them
    const requests = [0, 150, 300].map((x, i) => ({ id: `p${i}`, node: node(x, 500), width: 400 }));
    const at = placeBadges(requests, 1);
    const ys = requests.map((r) => at.get(r.id)!.y);
    expect(new Set(ys).size).toBe(3);
  });

  it('shifts a badge left when it would run past the visible map', () => {
    const at = placeBadges([{ id: 'a', node: node(1000, 200), width: 400 }], 1, {
      left: 0,
      right: 1200,
    });
    expect(at.get('a')!.x).toBe(800);
  });

  it('aligns a wide badge with the right edge of its process when the left one would cover another', () => {
    // given, seen from afar, a small process p and up to its right a process f
    const small = (x: number, y: number) => ({ x, y, width: 100, height: 60 });
    const at = placeBadges(
      [
        { id: 'p', node: small(0, 0), width: 200 },
        { id: 'f', node: small(150, -100), width: 200 },
      ],
      0.5,
    );
    // then p's badge (400 map units wide, 72 high) ends at p's right edge instead of covering f
    expect(at.get('p')).toEqual({ x: -300, y: -108 });
  });

  it('measures a longer name wider', () => {
    expect(badgeWidth('Management review')).toBeGreaterThan(badgeWidth('Audit'));
  });
});
