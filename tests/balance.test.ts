import { describe, expect, it } from 'vitest';
import { planBalance } from '../checker/balance';

describe('balance of a plan', () => {
  it('counts entries, times and named persons on both sides', () => {
    const b = planBalance({
      date: '2026-03-02',
      sections: {
        schritte: ['Ich bewerbe mich bis zum 20.03.2026 bei drei Firmen.', 'Ich rufe Frau Lindner jeden Montag an.', 'Ich lerne Deutsch.', '  '],
        jobcenter: ['Das Jobcenter unterstützt mich.', { text: 'Frau Lindner schickt mir Angebote.', due: '2026-04-01' }],
      },
    });
    expect(b.client).toEqual({ entries: 3, withTime: 2, withPerson: 1 });
    expect(b.jobcenter).toEqual({ entries: 2, withTime: 1, withPerson: 1 });
  });
  it('an empty plan is balanced at zero', () => {
    expect(planBalance({ sections: {} })).toEqual({ client: { entries: 0, withTime: 0, withPerson: 0 }, jobcenter: { entries: 0, withTime: 0, withPerson: 0 } });
  });
});
