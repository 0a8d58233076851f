/**
 * The page agent (entrypoints/content/agent.ts) in a jsdom page: it sends the plan once when it starts, answers
 * the panel's request from the fresh reading (no second read), and a failure the page causes is reported once
 * as an error notice and not tried again on every update.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startAgent, type AgentStats } from '../../entrypoints/content/agent';
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

function agentOn(body: string) {
  const p = page(body);
  const sent: FromPage[] = [];
  let handler: ((raw: unknown) => void) | null = null;
  stop = startAgent(p.doc, { send: (m) => sent.push(m), listen: (h) => ((handler = h), () => (handler = null)) }, { live: { pollMs: 0 } });
  const stats = () => (globalThis as { klarplanAgentStats?: AgentStats }).klarplanAgentStats!;
  const plans = () => sent.filter((m): m is Extract<FromPage, { type: 'klarplan/plan' }> => m.type === 'klarplan/plan').map((m) => m.plan);
  return { p, sent, plans, stats, post: (m: unknown) => handler?.(m) };
}

describe('the page agent', () => {
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
});
