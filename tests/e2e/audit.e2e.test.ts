import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './support/browser';

/** Waits until the starter map is on the canvas and no layout is running. */
async function starterShown(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[data-testid="process-node"]').length >= 20 &&
      !document.querySelector('.pm-canvas__busy'),
    undefined,
    { timeout: 30_000 },
  );
}

describe('audit views on the starter map', () => {
  const app = useBuiltApp();

  it('shows the clause coverage: every clause covered, the physical controls open', async () => {
    // given the editor on the starter map
    const page = await app.openPage();
    await starterShown(page);

    // when the user opens the coverage view
    await page.getByRole('button', { name: 'Coverage', exact: true }).click();
    const dialog = page.locator('[data-testid="coverage-dialog"]');
    await dialog.waitFor();

    // then clauses 4.1 to 10.2 are rows, the twenty processes columns, all clauses covered
    const rows = dialog.locator('tbody tr[data-covered]');
    expect(await rows.count()).toBe(25 + 4);
    expect(await dialog.locator('thead th.pm-coverage__process').count()).toBe(20);
    const open = await dialog
      .locator('tbody tr[data-covered="false"] th')
      .evaluateAll((ths) => ths.map((th) => th.textContent));
    expect(open).toEqual(['A.7 Physical controls not covered']);
    // and the open row stands out
    const colour = await dialog
      .locator('tbody tr[data-covered="false"] th')
      .evaluate((th) => getComputedStyle(th).backgroundColor);
    expect(colour).not.toBe(
      await dialog
        .locator('tbody tr[data-covered="true"] th')
        .first()
        .evaluate((th) => getComputedStyle(th).backgroundColor),
    );
    // and a mark carries the references it stands for
    const riskRow = dialog.locator('tbody tr', {
      hasText: '6.1.2 Information security risk assessment',
    });
    expect(await riskRow.locator('td.pm-coverage__cell--on').getAttribute('title')).toBe('6.1.2');

    // when a process heading is chosen, the dialog closes and the process is selected
    await dialog.getByRole('button', { name: 'Internal audit' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('[data-testid="field-name"]').inputValue())
      .toBe('Internal audit');
    expect(app.errorsOf(page)).toEqual([]);
  });

  it('shows a process as a turtle card from the inspector, and Esc closes it', async () => {
    const page = await app.openPage();
    await starterShown(page);
    await page.locator('[data-testid="outline"] button', { hasText: 'Risk assessment' }).click();
    await page.getByRole('button', { name: 'Turtle card' }).click();
    const card = page.locator('[data-testid="turtle-dialog"] [data-testid="turtle-card"]');
    await card.waitFor();
    expect(await card.locator('.pm-turtle__box').count()).toBe(9);
    expect(await card.locator('.pm-turtle__box--kpis').innerText()).toContain(
      'Assets with a current risk assessment',
    );
    expect(await card.locator('.pm-turtle__box--inputs').innerText()).toContain('from');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    expect(app.errorsOf(page)).toEqual([]);
  });

  it('keeps the turtle card on from step to step in present mode; Esc hides it first', async () => {
    const page = await app.openPage();
    await starterShown(page);
    await page.goto(`${app.url}#present/risk-assessment`);
    await page.reload();
    await page.locator('[data-testid="presentation"]').waitFor();
    await page.locator('[data-testid="present-turtle-toggle"]').click();
    const turtle = page.locator('[data-testid="present-turtle"]');
    await turtle.waitFor();
    expect(await turtle.locator('.pm-turtle__box--process h3').innerText()).toBe('Risk assessment');
    // the next step shows its own turtle card
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => turtle.locator('.pm-turtle__box--process h3').innerText())
      .not.toBe('Risk assessment');
    // Esc hides the card, the presentation stays
    await page.keyboard.press('Escape');
    await turtle.waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid="presentation"]').count()).toBe(1);
    expect(app.errorsOf(page)).toEqual([]);
  });
});
