/**
 * The page agent (entrypoints/page-agent/agent.ts) in a jsdom page: it sends the plan once when it starts, answers
 * the panel's request from the fresh reading (no second read), and a failure the page causes is reported once
 * as an error notice and not tried again on every update.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startAgent, type AgentIO, type AgentStats } from '../../entrypoints/page-agent/agent';
import type { SiteProfile } from '../../fields/profiles';
import { startActions } from '../../entrypoints/page-actions/actions';
import type { StartActions } from '../../entrypoints/page-actions/api';
import type { FromPage } from '../../messages/index';
import { byId, page } from './dom';

async function until(cond: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
});

function agentOn(body: string, actions: () => Promise<StartActions> = async () => startActions, profile?: AgentIO['profile']) {
  const p = page(body);
  const sent: FromPage[] = [];
  let handler: ((raw: unknown) => void) | null = null;
  let loads = 0;
  const io = {
    send: (m: FromPage) => sent.push(m),
    listen: (h: (raw: unknown) => void) => ((handler = h), () => (handler = null)),
    actions: () => (loads++, actions()),
    ...(profile ? { profile } : {}),
  };
  stop = startAgent(p.doc, io, { live: { pollMs: 0 } });
  const stats = () => (globalThis as { klarplanAgentStats?: AgentStats }).klarplanAgentStats!;
  const plans = () => sent.filter((m): m is Extract<FromPage, { type: 'klarplan/plan' }> => m.type === 'klarplan/plan').map((m) => m.plan);
  return { p, sent, plans, stats, post: (m: unknown) => handler?.(m), loads: () => loads };
}

describe('the page agent', () => {
  it('the site profile the background hands over later places the field: the page is read anew with it', async () => {
    let current: SiteProfile | null = null;
    let changed: (() => void) | null = null;
    const profile = { current: () => current, subscribe: (l: () => void) => ((changed = l), () => (changed = null)) };
    const a = agentOn('<h3>Mein Ziel</h3><textarea>Ich arbeite.</textarea><label for="erg">Ergänzung</label><textarea id="erg">Die Caritas hilft.</textarea>', undefined, profile);
    await until(() => a.plans().length === 1);
    expect(a.plans()[0]!.fields.map((f) => f.section)).toEqual(['ziel', 'ziel']);
    current = { id: 'eigene', name: 'Eigene Zuordnung', match: ['https://fallakte.example/*'], fields: [{ selector: '#erg', section: 'dritte' }] };
    changed!();
    await until(() => a.plans().length === 2);
    expect(a.plans()[1]!.fields.map((f) => [f.section, f.text])).toEqual([['ziel', 'Ich arbeite.'], ['dritte', 'Die Caritas hilft.']]);
  });

  it('reads once: the panel asking right after the start gets the same reading', async () => {
    const a = agentOn('<label for="z">Mein Ziel</label><textarea id="z">Ich arbeite.</textarea>');
    a.post({ type: 'klarplan/request-plan' }); // while the first read is under way: answered by it
    await until(() => a.plans().length === 1);
    a.post({ type: 'klarplan/request-plan' });
    await until(() => a.plans().length === 2);
    expect(a.plans()[1]).toEqual(a.plans()[0]);
    expect(a.stats().fullReads).toBe(1);
    expect(a.stats().namings).toBe(1);
    a.post({ type: 'klarplan/nonsense' });
    a.post({ type: 'klarplan/apply', fieldId: 1 });
    await new Promise((r) => setTimeout(r, 50));
    expect(a.plans()).toHaveLength(2);
  });

  it('a page that breaks the overlay: one error notice, markers not tried again, the plan still sent', async () => {
    const a = agentOn('<label for="z">Mein Ziel</label><textarea id="z">Ich arbeite.</textarea>');
    await until(() => a.plans().length === 1);
    let attempts = 0;
    a.p.doc.documentElement.append = () => {
      attempts++;
      throw new Error('gesperrt');
    };
    const id = a.plans()[0]!.fields[0]!.id;
    a.post({ type: 'klarplan/markers', counts: { [id]: 2 } });
    await until(() => a.plans().length === 2);
    const errors = (plan: (typeof a.plans extends () => Array<infer P> ? P : never)) => (plan.notices ?? []).filter((n) => n.kind === 'error');
    expect(errors(a.plans()[1]!)).toHaveLength(1);
    a.post({ type: 'klarplan/markers', counts: { [id]: 3 } });
    const ta = byId(a.p.doc, 'z') as HTMLTextAreaElement;
    ta.value = 'Ich arbeite als Koch.';
    ta.dispatchEvent(new a.p.win.Event('input', { bubbles: true }));
    await until(() => a.plans().length === 3);
    expect(a.plans()[2]!.fields[0]!.text).toBe('Ich arbeite als Koch.');
    expect(errors(a.plans()[2]!)).toHaveLength(1);
    expect(attempts).toBe(1);
  });

  it('loads the page actions only when the panel has something to write or show in the page, and once', async () => {
    const a = agentOn('<label for="z">Mein Ziel</label><textarea id="z">Ich arbeite.</textarea>');
    await until(() => a.plans().length === 1);
    const id = a.plans()[0]!.fields[0]!.id;
    a.post({ type: 'klarplan/markers', counts: {}, marks: [] }); // nothing found: nothing loaded
    a.post({ type: 'klarplan/markers', counts: { [id]: 0 } });
    await new Promise((r) => setTimeout(r, 50));
    expect(a.loads()).toBe(0);
    expect(a.p.doc.querySelector('[data-klarplan-ui]')).toBeNull();
    a.post({ type: 'klarplan/markers', counts: { [id]: 1 } });
    a.post({ type: 'klarplan/markers', counts: { [id]: 2 } }); // while it loads: drawn in order, the last one stays
    await until(() => a.p.doc.querySelector('[data-klarplan-ui]') !== null);
    a.p.win.HTMLElement.prototype.scrollIntoView = () => undefined; // not in jsdom
    a.post({ type: 'klarplan/reveal', fieldId: id, start: 0, end: 3 });
    await new Promise((r) => setTimeout(r, 50));
    expect(a.loads()).toBe(1);
    const ta = byId(a.p.doc, 'z') as HTMLTextAreaElement;
    expect([ta.selectionStart, ta.selectionEnd]).toEqual([0, 3]);
    expect(ta.value).toBe('Ich arbeite.');
  });

  it('page actions that cannot be loaded: said once with the plan, not asked for again; a fix is answered as not written', async () => {
    const a = agentOn('<label for="z">Mein Ziel</label><textarea id="z">Ich arbeite.</textarea>', async () => {
      throw new Error('Seite gesperrt');
    });
    await until(() => a.plans().length === 1);
    const id = a.plans()[0]!.fields[0]!.id;
    a.post({ type: 'klarplan/markers', counts: { [id]: 1 } });
    await until(() => a.plans().length === 2);
    expect(a.plans()[1]!.notices).toEqual([{ kind: 'error', message: expect.stringMatching(/nichts anzeigen oder übernehmen \(Seite gesperrt\)/) }]);
    a.post({ type: 'klarplan/markers', counts: { [id]: 2 } });
    a.post({ type: 'klarplan/apply', fieldId: id, start: 0, end: 3, text: 'Du', expected: 'Ich arbeite.' });
    await until(() => a.sent.some((m) => m.type === 'klarplan/applied'));
    expect(a.sent.find((m) => m.type === 'klarplan/applied')).toEqual({ type: 'klarplan/applied', fieldId: id, ok: false });
    expect((byId(a.p.doc, 'z') as HTMLTextAreaElement).value).toBe('Ich arbeite.');
    expect(a.loads()).toBe(1);
    expect(a.plans()).toHaveLength(2);
  });
});
