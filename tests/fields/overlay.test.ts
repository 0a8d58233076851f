/**
 * The page agent's overlay in jsdom (entrypoints/page-actions/overlay.ts): a failure while drawing is reported once,
 * as a page notice of kind 'error' with the plan — not on every update; markers carry count and severity; the
 * switch turns them off and on; nothing is put into the page's fields.
 */
import { describe, expect, it } from 'vitest';
import { startAgent } from '../../entrypoints/page-agent/agent';
import { startActions } from '../../entrypoints/page-actions/actions';
import { Markers } from '../../entrypoints/page-actions/overlay';
import { fieldById } from '../../fields/snapshot';
import type { FromPage } from '../../messages/index';
import { page } from './dom';

const FORM = `<form><label for="a">Mein Ziel ist</label><textarea id="a">Ich möchte arbeiten.</textarea>
<label for="b">Was sonst noch wichtig ist</label><textarea id="b">Bei Nichteinhaltung kann eine Leistungsminderung erfolgen.</textarea></form>`;

/** The agent on a page, once its first (sliced, asynchronous) reading has sent the plan. */
async function agentOn(body: string) {
  const p = page(body);
  const sent: FromPage[] = [];
  let handler: (raw: unknown) => void = () => undefined;
  const stop = startAgent(p.doc, { send: (m) => sent.push(m), listen: (h) => ((handler = h), () => undefined), actions: async () => startActions });
  for (let i = 0; i < 200 && !sent.some((m) => m.type === 'klarplan/plan'); i++) await new Promise((r) => setTimeout(r, 10));
  const plan = sent.find((m) => m.type === 'klarplan/plan');
  if (plan?.type !== 'klarplan/plan') throw new Error('no plan');
  return { ...p, sent, stop, send: (m: unknown) => handler(m), ids: plan.plan.fields.map((f) => f.id) };
}

describe('overlay failures', () => {
  it('are reported once, as an error notice with the plan', async () => {
    const a = await agentOn(FORM);
    a.win.HTMLElement.prototype.attachShadow = () => {
      throw new Error('kaputt');
    };
    const before = a.sent.length;
    const markers = { type: 'klarplan/markers', counts: { [a.ids[1]!]: 1 }, marks: [{ fieldId: a.ids[1]!, start: 30, end: 48, severity: 'error', title: 'Drohung' }], total: 1 };
    a.send(markers);
    for (let i = 0; i < 100 && a.sent.length === before; i++) await new Promise((r) => setTimeout(r, 10)); // the overlay loads first
    const after = a.sent.slice(before);
    expect(after).toHaveLength(1);
    const msg = after[0]!;
    expect(msg.type === 'klarplan/plan' && msg.plan.notices).toEqual([{ kind: 'error', message: expect.stringMatching(/Markierungen im Formular nicht zeichnen: kaputt/) }]);
    a.send(markers);
    a.send({ ...markers, total: 2 });
    await new Promise((r) => setTimeout(r, 50));
    expect(a.sent.length).toBe(before + 1);
    a.stop();
  });
});

describe('Markers', () => {
  it('draws into one plain div with a closed shadow root; the switch removes and restores it; no plan: nothing drawn', async () => {
    const p = page(FORM);
    let setting: (on: boolean) => void = () => undefined;
    const a = await agentOn(FORM); // ids as the agent gives them
    a.stop();
    const m = new Markers(a.doc, { find: (id) => fieldById(a.doc, id), watchSetting: (cb) => ((setting = cb), () => undefined) });
    m.update({ [a.ids[0]!]: 2, [a.ids[1]!]: 1 }, [
      { fieldId: a.ids[0]!, start: 0, end: 3, severity: 'info', title: 'Tipp-Titel' },
      { fieldId: a.ids[0]!, start: 4, end: 10, severity: 'warning', title: 'Wer?' },
      { fieldId: a.ids[1]!, start: 30, end: 48, severity: 'error', title: 'Drohung' },
    ]);
    const hosts = () => [...a.doc.documentElement.children].filter((c) => c.hasAttribute('data-klarplan-ui'));
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.localName).toBe('div');
    // A closed shadow root: the page sees no content.
    expect((hosts()[0] as HTMLElement).shadowRoot).toBeNull();
    setting(false);
    expect(hosts()).toHaveLength(0);
    setting(true);
    expect(hosts()).toHaveLength(1);
    // The fields are untouched.
    expect((a.doc.getElementById('a') as HTMLTextAreaElement).value).toBe('Ich möchte arbeiten.');
    expect(a.doc.querySelector('form')!.innerHTML).toBe(p.doc.querySelector('form')!.innerHTML);
    m.update({}, []);
    expect(hosts()).toHaveLength(0);
    m.remove();
  });
});
