/**
 * A template's slash forms (language/first-person/slash-forms.ts): read with one form each, the fix placed back at the
 * original's offsets — also after earlier swaps that changed the text's length, and only the client's own pairs.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../checker/checker';
import { oneGender } from '../language/first-person/slash-forms';
import type { Finding, SectionKey } from '../core/plan';

const fixOf = (section: SectionKey, text: string): Finding['fix'] =>
  checkPlan({ date: '2026-11-16', sections: { [section]: [text] } }).findings.find((f) => f.category === 'not-first-person')?.fix;

describe('slash forms', () => {
  it('reads the client\'s pairs with their first form, and no one else\'s', () => {
    expect(oneGender('Der/Die Kunde/in stimmt Urlaub mit dem/der pAp ab und nennt seine/ihre Gründe.')?.text)
      .toBe('Der Kunde stimmt Urlaub mit dem/der pAp ab und nennt seine Gründe.');
    expect(oneGender('Das JC berät den/die Kund/in. Herr/Frau Vogel hat Zeit; Er/Sie meldet sich.')?.text)
      .toBe('Das JC berät den Kunden. Herr Vogel hat Zeit; Er meldet sich.');
    expect(oneGender('Ich suche eine Stelle als Lagerist/in bei der Firma Nord.')).toBeNull();
  });

  it('places the fix at the original offsets, after earlier swaps too', () => {
    const text = 'Bei Fragen hilft der/die pAp. Der/Die Kunde/in legt seine/ihre Nachweise bis 10.02.2027 vor.';
    const fix = fixOf('schritte', text)!;
    expect(fix).toBeDefined();
    expect(text.slice(fix.start, fix.end)).toBe('Der/Die Kunde/in legt seine/ihre Nachweise bis 10.02.2027 vor.');
    expect(fix.text).toBe('Ich lege meine Nachweise bis 10.02.2027 vor.');
  });

  it('keeps a fix in the job centre\'s heading inside the sentence', () => {
    const text = 'Das Jobcenter schickt dem/der Kunden/in bis 01.03.2027 drei Angebote.';
    const fix = fixOf('jobcenter', text)!;
    expect(text.slice(0, fix.start) + fix.text + text.slice(fix.end)).toBe('Das Jobcenter schickt mir bis 01.03.2027 drei Angebote.');
  });
});
