/**
 * Every fixture page loads its real editor without console errors, every field of its spec exists where the
 * spec says (frame, shadow root), holds its starting text in the page's own framework, and the visible text
 * that names it is in the page. The content-script tests build on these pages (tests/e2e/pages/index.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_ENABLED, fixtureAction, fixtureChanges, fixtureValues, launchExtension, locateField, waitForIdle, type Harness } from './harness';
import { FIXTURE_PAGES, SECTIONS, toPoints } from './pages/index';

describe.runIf(E2E_ENABLED)('fixture pages', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await launchExtension();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the spec is consistent: unique keys and selectors, six sections on every plan page, entries match the text', () => {
    expect(new Set(FIXTURE_PAGES.map((p) => p.name)).size).toBe(FIXTURE_PAGES.length);
    for (const page of FIXTURE_PAGES) {
      expect(new Set(page.fields.map((f) => f.key)).size, page.name).toBe(page.fields.length);
      const sections = new Set(page.fields.map((f) => f.section).filter((s) => s !== null));
      if (page.hasPlan) expect([...sections].sort(), page.name).toEqual([...SECTIONS].sort());
      else expect(sections.size, page.name).toBe(0);
      for (const f of page.fields) {
        if (f.section === null) expect(f.entries, `${page.name}/${f.key}`).toEqual([]);
        else expect(f.entries.map((e) => e.text), `${page.name}/${f.key}`).toEqual(toPoints(f.text));
      }
    }
  });

  for (const spec of FIXTURE_PAGES) {
    it(`${spec.name}: loads its editor without errors, fields where the spec says, with their text`, async () => {
      const page = await h.openFixture(spec);
      await waitForIdle(page, 200);

      // The editor's own editable roots.
      const scope = spec.editorRoot.frame ? page.locator(spec.editorRoot.frame) : undefined;
      if (spec.editorRoot.frame && scope) {
        const frames = await scope.count();
        let roots = 0;
        for (let i = 0; i < frames; i++) roots += await page.frameLocator(`${spec.editorRoot.frame} >> nth=${i}`).locator(spec.editorRoot.selector).count();
        expect(roots).toBe(spec.editorRoot.count);
      } else {
        expect(await page.locator(spec.editorRoot.selector).count()).toBe(spec.editorRoot.count);
      }

      // Every field: present, editable, starting text as the page's framework holds it and as the DOM shows it.
      const values = await fixtureValues(page);
      for (const field of spec.fields) {
        const el = locateField(page, field);
        expect(await el.count(), `${spec.name}/${field.key} present`).toBe(1);
        expect(await el.isEditable(), `${spec.name}/${field.key} editable`).toBe(true);
        expect(toPoints(values[field.key] ?? ''), `${spec.name}/${field.key} framework value`).toEqual(toPoints(field.text));
        const shown = await el.evaluate((node) =>
          node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement ? node.value : (node as HTMLElement).innerText,
        );
        expect(toPoints(shown), `${spec.name}/${field.key} shown`).toEqual(toPoints(field.text));
        if (field.row) {
          expect(await page.locator(field.row.ownerSelector).inputValue()).toBe(field.row.owner);
          expect(await page.locator(field.row.dueSelector).inputValue()).toBe(field.entries[0]?.due ?? '');
        }
      }

      // The visible or accessible text that names each field is in the page, attached the way the spec says.
      for (const field of spec.fields) {
        const el = locateField(page, field);
        const name = await el.evaluate((node, source) => {
          const doc = node.ownerDocument;
          const root = node.getRootNode() as Document | ShadowRoot;
          const byId = (id: string) => root.getElementById?.(id) ?? doc.getElementById(id);
          switch (source) {
            case 'label-for': {
              // TinyMCE: the label names the textarea the editor replaced (id without _ifr), in the top document.
              const frame = doc.defaultView?.frameElement;
              const id = frame && node.id === 'tinymce' ? frame.id.replace(/_ifr$/, '') : node.id;
              const scope = frame && node.id === 'tinymce' ? frame.ownerDocument : root;
              return scope.querySelector(`label[for="${id}"]`)?.textContent ?? null;
            }
            case 'wrapping-label':
              return node.closest('label')?.firstChild?.textContent?.trim() ?? null;
            case 'aria-label':
              return node.getAttribute('aria-label');
            case 'aria-labelledby':
              return byId(node.getAttribute('aria-labelledby') ?? '')?.textContent ?? null;
            case 'legend':
              return node.closest('fieldset')?.querySelector('legend')?.textContent ?? null;
            case 'heading':
              return node.closest('section')?.querySelector('h1, h2, h3, h4, h5, h6')?.textContent ?? null;
            case 'placeholder':
              return node.getAttribute('placeholder');
            case 'row-owner': {
              const select = node.closest('tr')?.querySelector('select');
              return select ? select.value : null;
            }
            default:
              return null;
          }
        }, field.labelSource);
        expect(name?.trim(), `${spec.name}/${field.key} named by ${field.labelSource}`).toBe(field.label);
      }

      // The page's framework notices typing (so later tests can tell the framework saw a change).
      const first = spec.fields.find((f) => f.section !== null) ?? spec.fields[spec.fields.length - 1]!;
      const before = (await fixtureChanges(page))[first.key] ?? 0;
      await locateField(page, first).click();
      await page.keyboard.press('End');
      await page.keyboard.type(' x');
      await expect.poll(async () => (await fixtureChanges(page))[first.key] ?? 0).toBeGreaterThan(before);
      await expect.poll(async () => (await fixtureValues(page))[first.key] ?? '').toContain(' x');

      expect(h.problems(page)).toEqual([]);
      expect(h.server.log().filter((e) => e.type === 'error')).toEqual([]);
      expect(h.externalRequests()).toEqual([]);
      await page.close();
    });
  }

  it('react: re-rendered fields keep their text, a removed field comes back', async () => {
    const page = await h.openFixture('react');
    const before = await fixtureValues(page);
    await page.locator('#kp-f1').evaluate((el) => ((el as HTMLElement & { __marker?: boolean }).__marker = true));
    await fixtureAction(page, 'remount');
    expect(await page.locator('#kp-f1').evaluate((el) => (el as HTMLElement & { __marker?: boolean }).__marker ?? false)).toBe(false);
    expect(await fixtureValues(page)).toEqual(before);
    await fixtureAction(page, 'toggleSonstiges');
    expect(await page.locator('#kp-f6').count()).toBe(0);
    await fixtureAction(page, 'toggleSonstiges');
    expect(await page.locator('#kp-f6').count()).toBe(1);
    expect(h.problems(page)).toEqual([]);
    await page.close();
  });

  it('step-rows: "Schritt hinzufügen" adds a row after load', async () => {
    const page = await h.openFixture('step-rows');
    await page.getByRole('button', { name: 'Schritt hinzufügen' }).click();
    await page.locator('#kp-schritt-6-text').fill('Ich gehe zur Berufsberatung.');
    expect(await page.locator('#kp-schritt-6-wer').inputValue()).toBe('Kundin');
    expect((await fixtureValues(page))['schritt-6']).toBe('Ich gehe zur Berufsberatung.');
    expect(h.problems(page)).toEqual([]);
    await page.close();
  });
});
