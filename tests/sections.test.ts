import { describe, expect, it } from 'vitest';
import { sectionOfLabel, sectionOfOwner, splitPoints } from '../fields/sections';

describe('section of a visible label', () => {
  it.each([
    ['Mein Ziel ist:', 'ziel'],
    ['Ziel', 'ziel'],
    ['Vermittlungsziel', 'ziel'],
    ['Zunächst möchte ich Folgendes erreichen:', 'zwischenziel'],
    ['Zwischenziel', 'zwischenziel'],
    ['Meine nächsten Schritte sind:', 'schritte'],
    ['Schritte der Kundin', 'schritte'],
    ['Schritte der Kund*in', 'schritte'],
    ['Mein Jobcenter unterstützt mich durch:', 'jobcenter'],
    ['Unterstützung durch das Jobcenter', 'jobcenter'],
    ['LEISTUNGEN DES JOBCENTERS', 'jobcenter'],
    ['Zusätzlich unterstützt mich:', 'dritte'],
    ['Unterstützung durch Dritte', 'dritte'],
    ['Was sonst noch wichtig ist:', 'sonstiges'],
    ['Sonstiges', 'sonstiges'],
    ['Weitere wichtige Aspekte', 'sonstiges'],
  ])('%s → %s', (label, key) => {
    expect(sectionOfLabel(label)).toBe(key);
  });
  it.each(['Nachricht', 'Ihre E-Mail-Adresse', 'Betreff', 'Kommentar', ''])('%s is no plan heading', (label) => {
    expect(sectionOfLabel(label)).toBeNull();
  });
});

describe('section of a step row by its owner', () => {
  it.each([
    ['Kundin', 'schritte'],
    ['Kunde/Kundin', 'schritte'],
    ['Jobcenter', 'jobcenter'],
    ['IFK', 'jobcenter'],
    ['Dritte', 'dritte'],
    ['Schuldnerberatung', 'dritte'],
  ])('%s → %s', (owner, key) => {
    expect(sectionOfOwner(owner)).toBe(key);
  });
});

describe('several points in one field', () => {
  it('splits lines and bullets, keeping offsets', () => {
    const text = '- Ich rufe an.\n\n• Ich schreibe.\n3. Ich gehe hin.';
    const points = splitPoints(text);
    expect(points.map((p) => p.text)).toEqual(['Ich rufe an.', 'Ich schreibe.', 'Ich gehe hin.']);
    for (const p of points) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });
});
