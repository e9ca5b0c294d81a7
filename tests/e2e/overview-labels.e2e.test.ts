import { describe, expect, it } from 'vitest';
import { starterMap } from '../../src/model/starter';
import { wordBreaks } from '../../src/text/hyphenate';
import { useBuiltApp } from './support/browser';

const NODE = '[data-testid="process-node"]';

/**
 * Where the lines of a label drawn for `name` break other than between words, after a dash
 * the name holds, or with a hyphen at one of the word's hyphenation points; the last line may
 * end with "…" (the rest of the name left out). Empty when every line break is a proper one.
 */
function badBreaks(name: string, lines: readonly string[]): string[] {
  const text = name.trim().split(/\s+/).join(' ');
  const bad: string[] = [];
  let at = 0;
  for (const [i, line] of lines.entries()) {
    const last = i === lines.length - 1;
    const cut = last && line.endsWith('…');
    const hyphenated = !last && line.endsWith('-') && !text.startsWith(line, at);
    const kept = cut || hyphenated ? line.slice(0, -1) : line;
    if (!text.startsWith(kept, at)) return [...bad, `"${line}" is not what follows in "${text}"`];
    at += kept.length;
    if (cut) break;
    const wordStart = text.lastIndexOf(' ', at - 1) + 1;
    const wordEnd = text.indexOf(' ', at) === -1 ? text.length : text.indexOf(' ', at);
    const word = text.slice(wordStart, wordEnd);
    const atSyllable = wordBreaks(word).some((b) => b.hyphen && b.at === at - wordStart);
    const betweenWords = at === text.length || text[at] === ' ';
    const afterDash = /[-‐–—/]/.test(text[at - 1]);
    if (hyphenated ? !atSyllable : !betweenWords && !afterDash) {
      bad.push(`"${line}" ends inside "${word}"${hyphenated ? ' off its syllables' : ''}`);
    }
    if (text[at] === ' ') at += 1;
  }
  if (!lines.at(-1)?.endsWith('…') && at !== text.length) bad.push(`"${text}" is not all there`);
  return bad;
}

describe('overview labels at fit view', () => {
  const app = useBuiltApp();

  it('break names between words or hyphenated at a syllable, never inside a word', async () => {
    // given the starter map in the editor with both side panels open, laid out
    const page = await app.openPage('', { viewport: { width: 1440, height: 900 } });
    const processes = starterMap().processes;
    await page
      .locator(NODE)
      .nth(processes.length - 1)
      .waitFor();
    await page.waitForFunction(() => !document.querySelector('.pm-canvas__busy'));
    // when the user fits the map to the view
    await page.locator('.react-flow__controls-fitview').click();
    await page.locator('.pm-canvas[data-overview="true"]').waitFor();
    // then the names in large type break only at proper places
    const labels = await page.locator('.pm-overview__label').evaluateAll((els) =>
      els.map((el) => {
        const text = document.createRange();
        text.selectNodeContents(el);
        return {
          id: (el as HTMLElement).dataset.overviewOf!,
          lines: (el.textContent ?? '').split('\n'),
          textWidth: text.getBoundingClientRect().width,
          boxWidth: el.getBoundingClientRect().width,
        };
      }),
    );
    expect(labels).toHaveLength(processes.length);
    const nameOf = new Map(processes.map((p) => [p.id, p.name]));
    const bad = labels.flatMap((l) => badBreaks(nameOf.get(l.id)!, l.lines));
    expect(bad).toEqual([]);
    // and some names do take several lines, so the breaks were put to the test
    expect(labels.filter((l) => l.lines.length > 1).length).toBeGreaterThan(3);
    // and every line stands inside its box as drawn
    for (const label of labels) expect(label.textWidth).toBeLessThanOrEqual(label.boxWidth);
  });
});
