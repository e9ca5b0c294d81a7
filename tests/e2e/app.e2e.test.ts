import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './support/browser';

describe('the built app', () => {
  const app = useBuiltApp();

  it('loads with its title and renders into the root element without errors', async () => {
    // given the built app served by vite preview
    // when a browser opens it
    const page = await app.openPage();

    // then the page is ProcMap and React has rendered into #root
    expect(await page.title()).toBe('ProcMap');
    await page.locator('#root > *').first().waitFor({ state: 'attached' });
    expect(await page.locator('#root').innerText()).toContain('ProcMap');
    expect(app.errorsOf(page)).toEqual([]);
  });
});
