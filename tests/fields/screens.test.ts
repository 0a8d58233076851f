/**
 * Whole screens shaped like real case-management software (legacy layout tables, Bootstrap, Angular
 * Material, ExtJS-like labels, German class names): every plan field with its section, nothing else.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../fields/snapshot';
import { page } from './dom';

const sections = (body: string) => {
  const p = page(body);
  return readPage(p.doc, p.url).fields.map((f) => [f.section, f.text, ...(f.entries.some((e) => e.due) ? [f.entries.map((e) => e.due ?? '')] : [])]);
};

describe('screens like real case-management software', () => {
  it('legacy JSP: layout table with label cells, header data, a commitments table with bold header row and German dates', () => {
    expect(
      sections(`
      <form name="kopl" action="/kopl.do" method="post">
      <table class="maske" width="100%">
        <tr><td class="label">Kundennummer:</td><td><input type="text" name="kdnr" value="123D456789" readonly></td>
            <td class="label">Datum:</td><td><input type="text" name="datum" value="20.11.2026"></td></tr>
        <tr><td class="label">Bearbeiter/in:</td><td colspan="3"><select name="bearb"><option>Frau Schneider (IFK)</option></select></td></tr>
        <tr><td colspan="4" class="trenner"><span class="ueberschrift">1. Ziel</span></td></tr>
        <tr><td class="label">Text:</td><td colspan="3"><textarea name="ziel">Ich möchte als Lagerhelfer arbeiten.</textarea></td></tr>
        <tr><td colspan="4"><span class="ueberschrift">2. Zwischenziel</span></td></tr>
        <tr><td class="label">Text:</td><td colspan="3"><textarea name="zz">Ich mache den Staplerschein.</textarea></td></tr>
      </table>
      <table class="liste">
        <tr><td><b>Maßnahme / Schritt</b></td><td><b>Wer?</b></td><td><b>Termin</b></td></tr>
        <tr><td><input type="text" name="m1" value="Ich melde mich zum Staplerkurs an."></td><td><input type="text" name="w1" value="Kunde"></td><td><input type="text" name="t1" value="01.12.2026"></td></tr>
        <tr><td><input type="text" name="m2" value="Übernahme der Kursgebühren"></td><td><input type="text" name="w2" value="JC"></td><td><input type="text" name="t2" value=""></td></tr>
      </table>
      <p><b>Sonstiges:</b></p>
      <textarea name="sonst">Die Kinderbetreuung ist geklärt.</textarea>
      <p><input type="submit" value="Speichern"></p>
      </form>`),
    ).toEqual([
      ['ziel', 'Ich möchte als Lagerhelfer arbeiten.'],
      ['zwischenziel', 'Ich mache den Staplerschein.'],
      ['schritte', 'Ich melde mich zum Staplerkurs an.', ['2026-12-01']],
      ['jobcenter', 'Übernahme der Kursgebühren'],
      ['sonstiges', 'Die Kinderbetreuung ist geklärt.'],
    ]);
  });

  it('Bootstrap cards with headings, help texts and labels without for', () => {
    expect(
      sections(`
      <nav class="navbar"><input type="search" class="form-control" placeholder="Kunden suchen"></nav>
      <div class="container">
        <div class="card mb-3"><div class="card-header"><h5 class="card-title mb-0">Mein Ziel</h5></div>
          <div class="card-body"><textarea class="form-control" rows="3" aria-describedby="h1">Ich will Pflegehelferin werden.</textarea><small id="h1" class="form-text">Aus Sicht der Kundin.</small></div></div>
        <div class="card mb-3"><div class="card-header">Meine nächsten Schritte</div>
          <div class="card-body"><div class="mb-3"><label class="form-label">Beschreibung</label><textarea class="form-control">- Ich bewerbe mich.\n- Ich gehe zur Beratung.</textarea></div></div></div>
        <div class="card mb-3"><div class="card-header">Mein Jobcenter unterstützt mich durch</div>
          <div class="card-body"><div class="mb-3"><label class="form-label">Ansprechperson</label><input type="text" class="form-control" value="Herr Yilmaz"></div>
          <textarea class="form-control">Herr Yilmaz prüft den Bildungsgutschein bis 15.12.2026.</textarea></div></div>
      </div>`),
    ).toEqual([
      ['ziel', 'Ich will Pflegehelferin werden.'],
      ['schritte', '- Ich bewerbe mich.\n- Ich gehe zur Beratung.'],
      ['jobcenter', 'Herr Yilmaz prüft den Bildungsgutschein bis 15.12.2026.'],
    ]);
  });

  it('Angular Material: floating labels, expansion panels, custom-element titles', () => {
    expect(
      sections(`
      <mat-accordion>
        <mat-expansion-panel class="mat-expanded">
          <mat-expansion-panel-header><span class="mat-content"><mat-panel-title>Zunächst möchte ich Folgendes erreichen</mat-panel-title></span></mat-expansion-panel-header>
          <div class="mat-expansion-panel-content"><mat-form-field><div class="mat-mdc-form-field-flex">
            <label class="mdc-floating-label" for="mat-input-1"><mat-label>Text</mat-label></label>
            <textarea matinput id="mat-input-1" class="mat-mdc-input-element">Ich verbessere mein Deutsch auf B1.</textarea></div></mat-form-field></div>
        </mat-expansion-panel>
        <mat-expansion-panel>
          <mat-expansion-panel-header><span class="mat-content"><mat-panel-title>Zusätzlich unterstützt mich</mat-panel-title></span></mat-expansion-panel-header>
          <div class="mat-expansion-panel-content"><mat-form-field>
            <label class="mdc-floating-label" for="mat-input-2"><mat-label>Text</mat-label></label>
            <textarea matinput id="mat-input-2">Die Caritas hilft bei Anträgen.</textarea></mat-form-field></div>
        </mat-expansion-panel>
      </mat-accordion>`),
    ).toEqual([
      ['zwischenziel', 'Ich verbessere mein Deutsch auf B1.'],
      ['dritte', 'Die Caritas hilft bei Anträgen.'],
    ]);
  });

  it('two columns: label block left, field right; text before an input on the same line', () => {
    expect(
      sections(`
      <div class="row"><div class="col-3"><b>Zusätzlich unterstützt mich:</b></div><div class="col-9"><textarea>Die Schuldnerberatung.</textarea></div></div>
      <div class="row"><div class="col-3"><span class="lbl">Was sonst noch wichtig ist</span></div><div class="col-9"><div class="wrap"><textarea>Arzttermin am Montag.</textarea></div></div></div>
      <p>Ziel: <input type="text" value="Ich arbeite im Lager."></p>`),
    ).toEqual([
      ['dritte', 'Die Schuldnerberatung.'],
      ['sonstiges', 'Arzttermin am Montag.'],
      ['ziel', 'Ich arbeite im Lager.'],
    ]);
  });

  it('a plan page with a hidden template row and an inactive tab', () => {
    expect(
      sections(`
      <div role="tablist"><button role="tab" aria-selected="true" aria-controls="p1" id="t1">Plan</button><button role="tab" aria-controls="p2" id="t2">Verlauf</button></div>
      <div role="tabpanel" id="p1" aria-labelledby="t1">
        <h3>Meine nächsten Schritte</h3>
        <table><thead><tr><th>Schritt</th><th>Verantwortlich</th><th>Bis wann</th></tr></thead><tbody>
          <tr class="vorlage" style="display:none"><td><input type="text"></td><td><select><option>Kundin</option></select></td><td><input type="date"></td></tr>
          <tr><td><input type="text" value="Ich schicke den Lebenslauf."></td><td><select><option selected>Kundin</option></select></td><td><input type="date" value="2026-12-05"></td></tr>
        </tbody></table>
      </div>
      <div role="tabpanel" id="p2" aria-labelledby="t2" hidden><h3>Mein Ziel</h3><textarea>alter Plan</textarea></div>`),
    ).toEqual([['schritte', 'Ich schicke den Lebenslauf.', ['2026-12-05']]]);
  });
});
