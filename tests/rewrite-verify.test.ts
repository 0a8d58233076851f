/**
 * The second look at a finished rewrite (language/first-person/verify.ts). The flawed rewrites below are ones Klarplan
 * itself once offered on blind corpora 6–19, each read as wrong by an editor who had not seen the code
 * (tests/fixtures/blind-*-first-reading.jsonl); the sound ones are rewrites the same readers found right, with the
 * words that look like a flaw and are none (a participle after "habe", a verb in brackets, "informieren" without "mich").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage } from '../checker/checker';
import { rewriteFlaw, type RewriteFlaw } from '../language/first-person/verify';

beforeAll(loadLanguage);

const FLAWED: Array<[RewriteFlaw, string, string]> = [
  // blind corpus 40, read wrong on its first run: a note's label made hers, "sie" left after its colon
  ['client-left', 'Mail von Kd. (11.01., 22:47): sie kann wg. Kinderbetreuung nur vormittags Termine wahrnehmen.', 'Meine Mail (11.01., 22:47): sie kann wg. Kinderbetreuung nur vormittags Termine wahrnehmen.'],
  // blind corpus 36, changed after corpus 39's mends: the case worker's impression of her made her own
  ['observer', 'Herr Kaya machte im Gespräch einen motivierten Eindruck.', 'Ich machte im Gespräch einen motivierten Eindruck.'],
  ['observer', 'Frau Becker bewirbt sich bis 28.02.2027 auf die 3 VV. Kd. wirkte im Gespräch motiviert.', 'Ich bewerbe mich bis 28.02.2027 auf die 3 VV. Ich wirkte im Gespräch motiviert.'],
  // blind corpus 25, read wrong on its first run: a passive of "begleiten" with her as "Mir"
  ['passive-case', 'Frau Aydın wird vom PSB der Diakonie begleitet.', 'Mir wird vom PSB der Diakonie begleitet.'],
  // blind corpus 24, read wrong: a note's verbless "ob" clause kept in her sentence
  ['bare-noun', 'Kundin strebt Ausbildung im Einzelhandel an.', 'Ich strebe Ausbildung im Einzelhandel an.'],
  ['bare-noun', 'Mietrückstand mit Vermieter klären', 'Ich kläre meinen Mietrückstand mit Vermieter.'],
  ['bare-noun', 'Keine Termine vor 9 Uhr, da Kd. wegen Kleinkind nicht früher kann.', 'Keine Termine vor 9 Uhr, da ich wegen Kleinkind nicht früher kann.'],
  ['verbless-clause', 'Klärung, ob EM-Rente oder Reha vorrangig', 'Ich möchte klären, ob EM-Rente oder Reha vorrangig.'],
  // the client's short form left in the genitive while a clause of hers became "ich"
  ['client-left', 'Die Oma betreut Kdins. Tochter am Nachmittag, damit Kdin. arbeiten kann.', 'Die Oma betreut Kdins. Tochter am Nachmittag, damit ich arbeiten kann.'],
  // corpora 16 and 23, read wrong: a note's office without its article after "an"; a date set off by commas hid a verb
  // left in the plural
  ['office-without-article', 'Rückmeldung an JC per Postfach', 'Ich melde mich an JC per Postfach zurück.'],
  ['formal-verb-left', 'Sie rufen bis Freitag, 20.11.2026, bei der Bäckerei an und fragen nach einem Praktikum.', 'Ich rufe bis Freitag, 20.11.2026, bei der Bäckerei an und fragen nach einem Praktikum.'],
  // blind corpus 22, read wrong on its first run: "du" left, a pronoun taken for a possessive
  ['du-left', 'Sie melden sich bitte bis zum 10.04. für den Test an und bringst deine Zeugnisse mit.', 'Ich melde mich bis zum 10.04. für den Test an und bringst deine Zeugnisse mit.'],
  ['possessive-before-article', 'Kd. sucht sich ein Praktikum, um herauszufinden, ob ihr der Beruf gefällt.', 'Ich suche mir ein Praktikum, um herauszufinden, ob mein der Beruf gefällt.'],
  // blind corpus 21, read wrong on its first run: "beide" of two people, a date torn from its time
  ['plural-left', 'Sie melden sich beide bis 15.03.2026 bei der AA arbeitsuchend.', 'Ich melde mich beide bis 15.03.2026 bei der AA arbeitsuchend.'],
  ['date-split', 'Teilnahme am Infotag Umschulung (BFW Oberhausen) am Do, 12.03., 10 Uhr', 'Ich nehme am Infotag Umschulung (BFW Oberhausen) am Do teil, 12.03., 10 Uhr.'],
  // blind corpus 20, read wrong on its first run: a misspelt second verb, the last verb of a list after "oder sich"
  ['third-person-verb-left', 'Herr P. bewirbt sich auf mind. 8 Stellen und weisst seine Bemühungen bis zum 5. des Folgemonats nach.', 'Ich bewerbe mich auf mind. 8 Stellen und weisst meine Bemühungen bis zum 5. des Folgemonats nach.'],
  ['third-person-verb-left', 'Herr O. informiert das JC, sobald er eine Arbeit aufnimmt, umzieht oder sich länger auswärts aufhält.', 'Ich informiere das JC, sobald ich eine Arbeit aufnehme, umziehe oder mich länger auswärts aufhält.'],
  // blind corpus 19, read wrong on its first run
  ['reflexive-case', 'Frau A. muss sich bis zum 30.04. bei der AA melden, sonst verzögert sich ihr Antrag.', 'Ich muss mich bis zum 30.04. bei der AA melden, sonst verzögert mich mein Antrag.'],
  ['request-left', 'Herr M. wird sich auf Stellen als Lagerhelfer bewerben, Nachweise bitte unaufgefordert zum nächsten Termin mitbringen.', 'Ich werde mich auf Stellen als Lagerhelfer bewerben, Nachweise bitte unaufgefordert zum nächsten Termin mitbringen.'],
  ['request-left', 'Sie melden sich bitte spätestens drei Tage vorher beim Träger an.', 'Ich melde mich bitte spätestens drei Tage vorher beim Träger an.'],
  // blind corpus 12, read wrong on its first run
  ['third-person-verb-left', 'Kdin. verpflichtet sich, alle Vorschläge in 3 Tagen zu bearbeiten, u. teilt dem JC das Ergebnis mit.', 'Ich verpflichte mich, alle Vorschläge in 3 Tagen zu bearbeiten, u. teilt dem JC das Ergebnis mit.'],
  ['jobcentre-verb-left', 'Wir unterstützen Sie bei der Suche und schicken Ihnen passende Angebote zu.', 'Das Jobcenter unterstützt mich bei der Suche und schicken mir passende Angebote zu.'],
  ['reflexive-left', 'Das JC unterstützt Herrn Ba, wenn er sich bei Zeitarbeitsfirmen bewerben möchte, mit Fahrtkosten.', 'Das JC unterstützt mich, wenn ich sich bei Zeitarbeitsfirmen bewerben möchte, mit Fahrtkosten.'],
  ['reflexive-left', 'Es wurde vereinbart, dass der Kunde sich bis Ende Mai um einen Termin kümmert.', 'Es wurde vereinbart, dass ich sich bis Ende Mai um einen Termin kümmere.'],
  // blind corpus 11, read wrong on its first run
  ['formal-left', 'Ihr Betreuer, Herr Winter, hilft Ihnen beim Ausfüllen der Anträge.', 'Mein Betreuer, Herr Winter, hilft Ihnen beim Ausfüllen der Anträge.'],
  ['formal-left', 'Sie werden von Ihrer Bezugsbetreuerin beim Wohnprojekt unterstützt.', 'Sie werden von meiner Bezugsbetreuerin beim Wohnprojekt unterstützt.'],
  ['particle-not-split', '3. Bewerbungsmappe fertigstellen', '3. Ich fertigstelle meine Bewerbungsmappe.'],
  ['particle-not-split', 'Die AU ist spätestens am 3. Tag vorzulegen.', 'Die AU spätestens am 3. Ich zulege einen Tag vor.'],
  ['particle-not-split', 'Danach Unterlagen einreichen', 'Danach einreiche ich meine Unterlagen.'],
  ['third-person-verb-left', 'Kd. reagiert auf das VV vom 05.03.2026 (Fa. DHL, Ref.-Nr. 1234) und bewirbt sich bis 12.03.', 'Ich reagiere auf das VV vom 05.03.2026 (Fa. DHL, Ref.-Nr. 1234) und bewirbt sich bis 12.03.'],
  ['third-person-verb-left', 'Das Ergebnis ist binnen 3 Tagen mitzuteilen.', 'Ich teile das Ergebnis ist binnen 3 Tagen mit.'],
  ['formal-verb-left', 'Sie melden sich bis 15.03.2026 beim Kita-Navigator der Stadt an und setzen Ihre Tochter auf die Warteliste.', 'Ich melde mich bis 15.03.2026 beim Kita-Navigator der Stadt an und setzen meine Tochter auf die Warteliste.'],
  ['list-marker', '- Anmeldung Sprachkurs B2 bis 15.05.\n- Anmeldebestätigung beim JC einreichen', '- Anmeldung Sprachkurs B2 bis 15.05.\nIch reiche - eine Anmeldebestätigung beim JC ein.'],
  ['list-marker', 'Nachweise mitbringen\nLebenslauf', 'Ich bringe Nachweise und den Lebenslauf mit.'],
  ['punctuation', 'Frau W. hat den Antrag bis 30.04. zu stellen.', 'Ich stelle den Antrag bis 30.04..'],
  ['reflexive-case', 'Herr M. verschafft sich bis Ende März einen Überblick über offene Forderungen.', 'Ich verschaffe mich bis Ende März einen Überblick über offene Forderungen.'],
  ['reflexive-case', 'Kd. lässt sich die Einschränkungen attestieren.', 'Ich lasse mich die Einschränkungen attestieren.'],
  ['reflexive-case', 'Herr K. kann sich vorstellen, im Schichtdienst zu arbeiten.', 'Ich kann mich vorstellen, im Schichtdienst zu arbeiten.'],
  ['reflexive-missing', 'Registrierung und Bewerbung bei mind. 3 Firmen', 'Ich bewerbe bei mind. 3 Firmen.'],
  ['predicate-left', 'Klärung der Kinderbetreuung vor Arbeitsaufnahme erforderlich', 'Ich kläre die Kinderbetreuung vor Arbeitsaufnahme erforderlich.'],
  ['predicate-left', 'Integration in den 1. AM derzeit unrealistisch.', 'Ich integriere mich in den 1. AM derzeit unrealistisch.'],
];

const SOUND: Array<[string, string]> = [
  // (taking part, "mitwirken", is no impression)
  ['Herr Kaya wirkt aktiv an der Maßnahme mit.', 'Ich wirke aktiv an der Maßnahme mit.'],
  ['Kd. macht einen Deutschkurs bei der VHS.', 'Ich mache einen Deutschkurs bei der VHS.'],
  // a passive whose participle takes the dative keeps "Mir"
  ['Herrn A. wird vom JC ein AVGS ausgestellt.', 'Mir wird vom JC ein AVGS ausgestellt.'],
  // "gemeinsam mit" someone is no second subject
  ['Herr Kaya geht gemeinsam mit dem Sohn zum BIZ.', 'Ich gehe gemeinsam mit meinem Sohn zum BIZ.'],
  // a participle after an inverted auxiliary, past an abbreviation's dot
  ['Bis zum 3. Geburtstag des Kindes ist Frau K. nach § 10 Abs. 1 Nr. 3 SGB II nicht zur Arbeitsaufnahme verpflichtet.', 'Bis zum 3. Geburtstag des Kindes bin ich nach § 10 Abs. 1 Nr. 3 SGB II nicht zur Arbeitsaufnahme verpflichtet.'],
  // the "sich" of another clause's own subject kept; "ich bitte" is her own verb
  ['Frau A. muss sich bis zum 30.04. bei der AA melden, sonst verzögert sich ihr Antrag.', 'Ich muss mich bis zum 30.04. bei der AA melden, sonst verzögert sich mein Antrag.'],
  ['Frau A. bittet den Träger um einen späteren Termin.', 'Ich bitte den Träger um einen späteren Termin.'],
  // a "sich" of someone else after a comma; the job centre's second verb made singular; "und" after a zu-clause
  ['Der Kunde bittet den Träger, sich bis Freitag zu melden.', 'Ich bitte den Träger, sich bis Freitag zu melden.'],
  ['Wir beraten Herrn A. und laden ihn zum Gespräch ein.', 'Das Jobcenter berät mich und lädt mich zum Gespräch ein.'],
  ['Kdin. verpflichtet sich, alle Vorschläge in 3 Tagen zu bearbeiten, und teilt dem JC das Ergebnis mit.', 'Ich verpflichte mich, alle Vorschläge in 3 Tagen zu bearbeiten, und teile dem JC das Ergebnis mit.'],
  ['Frau K. hat im letzten Jahr eine Weiterbildung absolviert.', 'Ich habe im letzten Jahr eine Weiterbildung absolviert.'],
  ['Kd. möchte nach der Elternzeit (endet 31.07.2026) in Teilzeit einsteigen.', 'Ich möchte nach der Elternzeit (endet 31.07.2026) in Teilzeit einsteigen.'],
  ['Kd. sagt Termine mind. 24 Std. vorher ab, wenn er verhindert ist.', 'Ich sage Termine mind. 24 Std. vorher ab, wenn ich verhindert bin.'],
  ['Herr V. informiert das Jobcenter, sobald er eine Zusage erhält.', 'Ich informiere das Jobcenter, sobald ich eine Zusage erhalte.'],
  ['Der Kunde ruft beim Träger an und vereinbart einen Termin.', 'Ich rufe beim Träger an und vereinbare einen Termin.'],
  ['Das Jobcenter lädt die Kundin ein und bespricht mit ihr die nächsten Schritte.', 'Das Jobcenter lädt mich ein und bespricht mit mir die nächsten Schritte.'],
  ['Frau A. meldet sich einen Tag vorher ab.', 'Ich melde mich einen Tag vorher ab.'],
  ['Kd. bewirbt sich bis Ende März auf einen Ausbildungsplatz.', 'Ich bewerbe mich bis Ende März auf einen Ausbildungsplatz.'],
  ['- Lebenslauf aktualisieren\n- Bewerbungen schreiben', '- Ich aktualisiere meinen Lebenslauf.\n- Ich schreibe Bewerbungen.'],
  ['Herr P. hält eine Umschulung für sinnvoll.', 'Ich halte eine Umschulung für sinnvoll.'],
  ['Herr B. nimmt an einem Kurs teil, der am Montag beginnt.', 'Ich nehme an einem Kurs teil, der am Montag beginnt.'],
  ['Sie melden sich beim Träger an und arbeiten.', 'Ich melde mich beim Träger an und arbeite.'],
  ['Sie melden sich bis 15.03. bei Ihrer Beraterin.', 'Ich melde mich bis 15.03. bei meiner Beraterin.'],
  ['Herr O. wiederholt die Prüfung im Mai.', 'Ich wiederhole die Prüfung im Mai.'],
  ['Frau S. absolviert ein Praktikum.', 'Ich absolviere ein Praktikum.'],
];

describe('the job centre\'s "wir" beside her new "ich"', () => {
  const before = 'Sie erhalten von uns einen AVGS; außerdem übernehmen wir Bewerbungskosten bis 260 € jährlich.';
  const after = 'Ich erhalte vom Jobcenter einen AVGS; außerdem übernehmen wir Bewerbungskosten bis 260 € jährlich.';
  it('is a flaw in the job centre\'s heading', () => expect(rewriteFlaw(before, after, 'jobcentre')).toBe('we-left'));
  // (in her own headings "wir" may be she and the case worker)
  it('is none in her own', () => expect(rewriteFlaw('Sie haben eine Kopie erhalten; Änderungen besprechen wir beim nächsten Termin.', 'Ich habe eine Kopie erhalten; Änderungen besprechen wir beim nächsten Termin.', 'own')).toBeNull());
});

describe('a finished rewrite gets a second look', () => {
  it.each(FLAWED)('%s: %s → %s', (flaw, before, after) => {
    expect(rewriteFlaw(before, after)).toBe(flaw);
  });
  it.each(SOUND)('sound: %s → %s', (before, after) => {
    expect(rewriteFlaw(before, after)).toBeNull();
  });
});
