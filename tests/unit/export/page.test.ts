import { describe, expect, it } from 'vitest';
import {
  MIN_TEXT_PT,
  PAGE_MARGIN_MM,
  SMALLEST_TEXT_PX,
  fitToPage,
  pageAdvice,
  pageFrame,
  pageMm,
  parsePage,
  smallestFittingPage,
  type PageSize,
} from '../../../src/export/page';
import { THEME } from '../../../src/layout/theme';

const A4_LANDSCAPE: PageSize = { paper: 'A4', orientation: 'landscape' };
const A4_PORTRAIT: PageSize = { paper: 'A4', orientation: 'portrait' };
const A3_LANDSCAPE: PageSize = { paper: 'A3', orientation: 'landscape' };
const PT_PER_MM = 72 / 25.4;

describe('pages', () => {
  it('turns the ISO sizes for landscape', () => {
    expect(pageMm(A4_PORTRAIT)).toEqual({ width: 210, height: 297 });
    expect(pageMm(A4_LANDSCAPE)).toEqual({ width: 297, height: 210 });
    expect(pageMm(A3_LANDSCAPE)).toEqual({ width: 420, height: 297 });
  });

  it('reads the page names the command line takes, and refuses others', () => {
    expect(parsePage('A4-landscape')).toEqual(A4_LANDSCAPE);
    expect(parsePage('a4 portrait')).toEqual(A4_PORTRAIT);
    expect(parsePage('A3')).toEqual(A3_LANDSCAPE);
    expect(parsePage('A5-landscape')).toBeUndefined();
    expect(parsePage('A4-sideways')).toBeUndefined();
  });

  it('measures the smallest text against the port labels', () => {
    expect(SMALLEST_TEXT_PX).toBe(THEME.fontSize.port);
  });
});

describe('fitToPage', () => {
  it('scales a wide drawing to the printable width', () => {
    // given a drawing four times as wide as tall
    const content = { width: 2000, height: 500 };
    // when
    const fit = fitToPage(content, A4_LANDSCAPE);
    // then its width fills the page between the margins
    expect(content.width * fit.scale).toBeCloseTo((297 - 2 * PAGE_MARGIN_MM) * PT_PER_MM, 6);
    expect(content.height * fit.scale).toBeLessThan((210 - 2 * PAGE_MARGIN_MM) * PT_PER_MM);
    expect(fit.smallestTextPt).toBeCloseTo(SMALLEST_TEXT_PX * fit.scale, 9);
  });

  it('scales a tall drawing to the printable height', () => {
    const fit = fitToPage({ width: 500, height: 2000 }, A4_LANDSCAPE);
    expect(2000 * fit.scale).toBeCloseTo((210 - 2 * PAGE_MARGIN_MM) * PT_PER_MM, 6);
  });

  it('fits a drawing whose smallest text stays at 6 pt or more', () => {
    // given the widest drawing whose smallest text is exactly 6 pt on A4 landscape
    const widest = ((297 - 2 * PAGE_MARGIN_MM) * PT_PER_MM * SMALLEST_TEXT_PX) / MIN_TEXT_PT;
    // then
    expect(fitToPage({ width: widest, height: 300 }, A4_LANDSCAPE).fits).toBe(true);
    expect(fitToPage({ width: widest + 10, height: 300 }, A4_LANDSCAPE).fits).toBe(false);
  });

  it('finds the smallest page a drawing fits, A3 when A4 is too small, none when A3 is', () => {
    expect(smallestFittingPage({ width: 1200, height: 700 })).toEqual(A4_LANDSCAPE);
    expect(smallestFittingPage({ width: 800, height: 1400 })).toEqual(A4_PORTRAIT);
    expect(smallestFittingPage({ width: 2000, height: 1200 })).toEqual(A3_LANDSCAPE);
    expect(smallestFittingPage({ width: 6000, height: 1500 })).toBeUndefined();
  });
});

describe('pageAdvice', () => {
  it('says how small the text would be and offers A3 when the map fits there', () => {
    // given
    const content = { width: 2000, height: 1200 };
    // when
    const advice = pageAdvice(fitToPage(content, A4_LANDSCAPE), content);
    // then
    expect(advice).toMatch(/does not fit on A4 landscape: its smallest text would be \d\.\d pt/);
    expect(advice).toContain('choose A3 landscape, or a page per band');
  });

  it('offers a page per band when even A3 is too small', () => {
    const content = { width: 6000, height: 1500 };
    expect(pageAdvice(fitToPage(content, A3_LANDSCAPE), content)).toContain('a page per band');
    expect(pageAdvice(fitToPage(content, A3_LANDSCAPE), content)).not.toContain('choose A3');
  });

  it('offers no split for a page that is already one band', () => {
    const content = { width: 2000, height: 1200 };
    const advice = pageAdvice(fitToPage(content, A4_LANDSCAPE), content, 'The core band', false);
    expect(advice).toMatch(/^The core band does not fit on A4 landscape/);
    expect(advice).toContain('choose A3 landscape.');
    expect(advice).not.toContain('per band');
  });
});

describe('pageFrame', () => {
  it('centres the drawing on the page, the page in map px at the fitted scale', () => {
    // given
    const content = { width: 2000, height: 500 };
    const fit = fitToPage(content, A4_LANDSCAPE);
    // when
    const frame = pageFrame(content, fit);
    // then
    expect([frame.widthMm, frame.heightMm]).toEqual([297, 210]);
    expect(frame.viewBox.width * fit.scale).toBeCloseTo(297 * PT_PER_MM, 6);
    expect(frame.viewBox.width / frame.viewBox.height).toBeCloseTo(297 / 210, 9);
    expect(frame.viewBox.x).toBeCloseTo(-(frame.viewBox.width - 2000) / 2, 9);
    expect(frame.viewBox.y + frame.viewBox.height / 2).toBeCloseTo(250, 9);
  });
});
