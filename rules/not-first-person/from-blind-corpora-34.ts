/**
 * Examples of the not-first-person rule from blind corpora 34 to 38: their first runs and readings (template text blocks,
 * health and family events, ordinary plans; times in every format, the client as the object of others' commitments,
 * what matters to her; care and shift work, other people acting beside her, long mixed entries; terse notes, a trainee's full sentences,
 * "Sie" and "wir" throughout). Each is a construction, with the exact fixed text or no fix; they run with the rule's
 * other examples (tests/rule-examples.test.ts). The earlier ones are in from-blind-corpora.ts, -25.ts … -32.ts.
 */
import type { EntryExample } from '../../core/rule';

export const FROM_BLIND_CORPORA_34: EntryExample[] = [
  // a template's slash forms for the client read as one (language/first-person/slash-forms.ts): the article and noun pair,
  // the title pair before a name, the pronoun and possessive pairs, "Kd./Kdin."; a job title's slash stays
  { text: 'Der/Die Kunde/in meldet sich bis 15.02.2027 beim Träger und legt seine/ihre Nachweise vor.', section: 'schritte', fixed: 'Ich melde mich bis 15.02.2027 beim Träger und lege meine Nachweise vor.' },
  { text: 'Kunde/Kundin bewirbt sich monatlich auf mind. 6 Stellen als Fachkraft für Lagerlogistik.', section: 'schritte', fixed: 'Ich bewerbe mich monatlich auf mind. 6 Stellen als Fachkraft für Lagerlogistik.' },
  { text: 'Herr/Frau Albers möchte ab Herbst als Verkäufer/in in Teilzeit arbeiten.', section: 'ziel', fixed: 'Ich möchte ab Herbst als Verkäufer/in in Teilzeit arbeiten.' },
  { text: 'Der Bildungsträger berät den/die Kunden/in zu seinen/ihren Möglichkeiten einer Umschulung.', section: 'dritte', fixed: 'Der Bildungsträger berät mich zu meinen Möglichkeiten einer Umschulung.' },
  { text: 'Bewerbungskosten werden dem/der Kunden/in nach Vorlage der Belege erstattet.', section: 'jobcenter', fixed: 'Bewerbungskosten werden mir nach Vorlage der Belege erstattet.' },
  { text: 'Er/Sie nimmt am 03.03.2027 an der Infoveranstaltung im BiZ teil.', section: 'schritte', fixed: 'Ich nehme am 03.03.2027 an der Infoveranstaltung im BiZ teil.' },
  // (someone else's pair stays as written)
  { text: 'Kd./Kdin. stimmt Urlaub vorher mit dem/der pAp ab.', section: 'sonstiges', fixed: 'Ich stimme Urlaub vorher mit dem/der pAp ab.' },
  // (a name in brackets of its own after a pronoun made "ich": the client tagged on, or someone else — no fix; after an
  // office it is its contact)
  { text: 'Er/Sie erwirbt den Staplerschein bis 30.06.2027 (Herr Yilmaz).', section: 'schritte', noFix: true },
  { text: 'Sie meldet sich bis 10.03.2027 beim Bildungsträger (Frau Aydin).', section: 'schritte', fixed: 'Ich melde mich bis 10.03.2027 beim Bildungsträger (Frau Aydin).' },
  // a template's placeholder for a person left beside "ich": half done, no fix
  { text: 'Der Kunde reicht den Mietvertrag bis 20.03.2027 ein. [Name] hat am 12.03. einen Termin beim Vermieter.', section: 'schritte', noFix: true },
  // what something is to her, with the thing it is said of between: she is its dative, the verb agrees with the thing
  { text: 'Frau Peters ist eine Tätigkeit nur bis 20 Std./Woche zumutbar.', section: 'sonstiges', fixed: 'Mir ist eine Tätigkeit nur bis 20 Std./Woche zumutbar.' },
  { text: 'Wegen der Pflege seines Vaters ist Herrn Demir derzeit nur Teilzeit möglich.', section: 'sonstiges', fixed: 'Wegen der Pflege meines Vaters ist mir derzeit nur Teilzeit möglich.' },
  // (not where the adjective says how she is: "geeignet", "einsetzbar")
  { text: 'Frau Peters ist ab März in Teilzeit einsetzbar.', section: 'sonstiges', fixed: 'Ich bin ab März in Teilzeit einsetzbar.' },
  // a range written with words moves whole, or it would say two things ("vom … an …, bis …")
  { text: 'Teilnahme am Bewerbungstraining beim Träger, Mo–Mi 9–12 Uhr, vom 12.04. bis 07.05.2027.', section: 'schritte', fixed: 'Ich nehme vom 12.04. bis 07.05.2027 am Bewerbungstraining beim Träger teil, Mo–Mi 9–12 Uhr.' },
  // (so does "von … bis …", whichever half the time phrase was found by)
  { text: 'Teilnahme am Infotag im BiZ am 04.03.2027 von 9:00 bis 12:00 Uhr.', section: 'schritte', fixed: 'Ich nehme am 04.03.2027 von 9:00 bis 12:00 Uhr am Infotag im BiZ teil.' },
  { text: 'Teilnahme am Sprachcafé von Montag bis Donnerstag.', section: 'schritte', fixed: 'Ich nehme von Montag bis Donnerstag am Sprachcafé teil.' },
  // the formal "Sie" with a second object after "und" (an article, no verb), and a verb the lexicon knows only with its
  // particle at the clause's end ("teilen … mit": "mitteilen"); a closing ", bitte." goes with its comma
  { text: 'Sie reichen den Arbeitsvertrag und die erste Lohnabrechnung bis 31.03.2027 ein.', section: 'schritte', fixed: 'Ich reiche meinen Arbeitsvertrag und meine erste Lohnabrechnung bis 31.03.2027 ein.' },
  { text: 'Bitte teilen Sie Ihrer Ansprechpartnerin sofort mit, wenn sich Ihre Arbeitszeiten ändern.', section: 'sonstiges', fixed: 'Ich teile meiner Ansprechpartnerin sofort mit, wenn sich meine Arbeitszeiten ändern.' },
  { text: 'Sie teilen Änderungen beim Einkommen unverzüglich mit, bitte.', section: 'sonstiges', fixed: 'Ich teile Änderungen beim Einkommen unverzüglich mit.' },
  // a subject pronoun whose verb it shares with the clause before ("er hat vormittags, sie nachmittags Zeit"): hers,
  // left in the third person — no fix
  { text: 'Die Kundin und ihr Mann teilen sich die Kinderbetreuung; er hat vormittags, sie nachmittags Zeit.', section: 'sonstiges', noFix: true },
  // a reflexive of her later verb in the dative where it has an object: a bare plural she can imagine ("kann sich auch
  // Schichtdienste vorstellen"), and after an "aber" that only qualifies its clause ("traut sich aber … zu"); not whom she
  // introduces herself to
  { text: 'Frau Ott sucht Arbeit; sie kann sich auch Schichtdienste vorstellen.', section: 'schritte', fixed: 'Ich suche Arbeit; ich kann mir auch Schichtdienste vorstellen.' },
  { text: 'Herr Roth möchte im Lager arbeiten, traut sich aber eine Leitungsaufgabe noch nicht zu.', section: 'ziel', fixed: 'Ich möchte im Lager arbeiten, traue mir aber eine Leitungsaufgabe noch nicht zu.' },
  { text: 'Frau Ott stellt sich Betrieben in der Umgebung vor.', section: 'schritte', fixed: 'Ich stelle mich Betrieben in der Umgebung vor.' },
  // a note's instruction after a dash is a part of its own, as after a semicolon ("– ich nehme …"); left as it was beside
  // "ich" it would be half done (no fix where it cannot be rewritten, or asks her: "– bitte … mitbringen"); a plural noun
  // with its own verb is no instruction
  { text: 'Herr Brandt hat am 12.03.2027 ein Vorstellungsgespräch bei Lidl – Zeugnisse mitnehmen.', section: 'schritte', fixed: 'Ich habe am 12.03.2027 ein Vorstellungsgespräch bei Lidl – ich nehme meine Zeugnisse mit.' },
  { text: 'Sie haben am 15.01.2027 einen Termin bei der Ausländerbehörde – bitte Pass und Mietvertrag mitbringen.', section: 'sonstiges', noFix: true },
  { text: 'Frau Kühn sucht eine Ausbildung – Termin bei der Berufsberatung wahrnehmen, Praktikum der Tochter begleiten.', section: 'schritte', noFix: true },
  { text: 'Kd. sucht eine Ausbildung als Tischler – Bewerbungen laufen.', section: 'schritte', fixed: 'Ich suche eine Ausbildung als Tischler – Bewerbungen laufen.' },
  // in others' headings the client beside a child of hers named by first name: either may be the one the plan is for
  { text: 'Die Jugendberufsagentur berät Frau Öz und ihre Tochter Lea zu Ausbildungsplätzen.', section: 'dritte', noFix: true },
  // under her goals "soll" stays, after an adverb or a date put first too: what the office wants is not her wish (read as
  // a changed meaning seven times in corpora 35-39)
  { text: 'Zunächst soll die Kundin ihre Kinderbetreuung ab 01.09.2027 sicherstellen.', section: 'zwischenziel', fixed: 'Zunächst soll ich meine Kinderbetreuung ab 01.09.2027 sicherstellen.' },
  { text: 'Bis Ende Juni soll die Kundin den Führerschein Klasse B machen.', section: 'zwischenziel', fixed: 'Bis Ende Juni soll ich den Führerschein Klasse B machen.' },
  // the reflexive of a zu-infinitive after a comma takes its own verb's case, also with a bracket after it; in its own
  // part before "und" ("…, sich … vorzustellen und den Termin wahrzunehmen")
  { text: 'Herr Ahmadi ist verpflichtet, sich bei der Firma Nordwache persönlich vorzustellen (Termin: 13.01.2027, 10:00).', section: 'schritte', fixed: 'Ich bin verpflichtet, mich bei der Firma Nordwache persönlich vorzustellen (Termin: 13.01.2027, 10:00).' },
  { text: 'Der Kunde wird gebeten, sich beim IFD vorzustellen und den Termin am 12.03. wahrzunehmen.', section: 'schritte', fixed: 'Ich stelle mich beim IFD vor und nehme den Termin am 12.03. wahr.' },
  // a verb that only starts like a particle ("festigen") stays whole; "offen" is a particle ("offenlegen" → "lege … offen")
  { text: 'Deutschkenntnisse im Sprachcafé festigen.', section: 'schritte', fixed: 'Ich festige meine Deutschkenntnisse im Sprachcafé.' },
  { text: 'Schulden bei der Schuldnerberatung offenlegen.', section: 'schritte', fixed: 'Ich lege meine Schulden bei der Schuldnerberatung offen.' },
  // (two infinitives joined by "bzw." are not read as one verb: "soll" stays)
  { text: 'Kd. soll den Leistungsbezug durch eine Vollzeitstelle beenden bzw. verringern.', section: 'schritte', fixed: 'Ich soll den Leistungsbezug durch eine Vollzeitstelle beenden bzw. verringern.' },
  // a noun of a state is no step of hers ("– Voraussetzung für …" is no "voraussetzen")
  { text: 'Gesundheitszeugnis beim Gesundheitsamt besorgen – Voraussetzung für die Gastronomie.', section: 'zwischenziel', noFix: true },
  // where the client is a man, a later sentence's "ihm"/"ihn" with only staff or a role named before: him left, or them —
  // no fix; with a thing of that gender named before it, it is the thing's
  { text: 'Herr Wójcik bittet seinen Arbeitgeber um eine Bescheinigung. Der Schichtleiter hat ihm gesagt, dass sie bis Freitag kommt.', section: 'schritte', noFix: true },
  { text: 'Herr Kühn erhält vom BEW einen Wochenplan. Er hängt ihn in der Küche auf.', section: 'schritte', fixed: 'Ich erhalte vom BEW einen Wochenplan. Ich hänge ihn in der Küche auf.' },
  { text: 'Herr Pohl (Jobcenter) vermittelt Herrn Osei an den Arbeitgeberservice. Dieser stellt ihn bei der Firma Kessler vor, sobald er den Staplerschein hat.', section: 'jobcenter', noFix: true },
  // her word that opens a list's line takes a capital, whatever the note had
  { text: '1. Lebenslauf aktualisieren (bis 15.01.)\n2. Herr Wolff bewirbt sich damit bei Edeka\n3. er meldet Rückmeldungen sofort an Frau Berger', section: 'schritte', fixed: '1. Ich aktualisiere meinen Lebenslauf (bis 15.01.).\n2. Ich bewerbe mich damit bei Edeka\n3. Ich melde Rückmeldungen sofort an Frau Berger.' },
  // a street cut short before its number ends no sentence ("in der Hauptstr. 12 erscheinen"); "wö." is a note's "wöchentlich"
  { text: 'Sie müssen am 03.02.2027 um 8:00 Uhr beim Träger in der Lindenstr. 12 erscheinen.', section: 'schritte', fixed: 'Ich muss am 03.02.2027 um 8:00 Uhr beim Träger in der Lindenstr. 12 erscheinen.' },
  { text: 'Kd. nimmt wö. Termin bei der Suchtberatung wahr.', section: 'schritte', fixed: 'Ich nehme wö. Termin bei der Suchtberatung wahr.' },
  // a particle never goes inside a quoted title; the file's own work in the passive ("wird zur Akte genommen") is the
  // office's, not her step: it stays as it is beside hers
  { text: "Teilnahme an der Maßnahme 'Fit für den Job' (Träger: BBQ).", section: 'schritte', noFix: true },
  { text: 'Kdin. meldet ihre Tochter bis 15.02. beim Kita-Navigator an; Nachweis wird zur Akte genommen.', section: 'schritte', fixed: 'Ich melde meine Tochter bis 15.02. beim Kita-Navigator an; Nachweis wird zur Akte genommen.' },
  // a dash's instruction after a note without a verb keeps the note's object: not split off (no fix); every piece after a
  // dash that stays an instruction leaves the rewrite half done
  { text: 'Urlaub 12.–26.07.2027 (Heimatbesuch) – vorher bei der Arbeitsvermittlung beantragen!', section: 'sonstiges', noFix: true },
  { text: 'Sie stabilisieren Ihren Tagesrhythmus – tgl. aufstehen bis 8 Uhr, Termine beim Träger einhalten.', section: 'zwischenziel', noFix: true },
  // "Sie" right after a sentence about people in the plural: "they" or her — no fix
  { text: 'Ihre Eltern holen die Kinder dienstags von der Kita ab. Sie müssen dafür eine Abholberechtigung abgeben.', section: 'schritte', noFix: true },
  // advice, "sollte", keeps its modal under her goals too; "soll" is what she wants
  { text: 'Zunächst sollten Sie Ihre gesundheitliche Situation klären.', section: 'zwischenziel', fixed: 'Zunächst sollte ich meine gesundheitliche Situation klären.' },
  // the client addressed as "du" (corpus 38, plans for young people): flagged, no fix
  { text: 'Du rufst bis Mittwoch bei der Tischlerei Vogt an und fragst nach einem Praktikum.', section: 'schritte', noFix: true },
  { text: 'Ich unterstütze dich bei der Suche nach einem EQ-Platz und schicke dir jede Woche Angebote.', section: 'jobcenter', noFix: true },
  // a label's colon is no fronted adverb: the name after it is the subject, and the one after the verb its object
  { text: 'weiterhin: Herr Schmidt ruft Frau Berger vom Jobcenter an, sobald er eine Zusage hat.', section: 'schritte', noFix: true },
  { text: 'Lt. Bewährungshelferin Fr. Albrecht muss Kd. die Auflage bis 30.06.2027 erfüllen.', section: 'schritte', fixed: 'Lt. Bewährungshelferin Fr. Albrecht muss ich die Auflage bis 30.06.2027 erfüllen.' },
  // two days joined move whole; the formal "Sie"'s second verb before a clause of its own; a note's label and its colon
  // are not drawn into her sentence
  { text: 'Teilnahme am Gründungsseminar der IHK am 09.03. und 10.03.2027, jeweils 9–16 Uhr.', section: 'schritte', fixed: 'Ich nehme am 09.03. und 10.03.2027 am Gründungsseminar der IHK teil, jeweils 9–16 Uhr.' },
  { text: 'Sie melden sich nach dem Gespräch bei Frau Becker und berichten, wie es gelaufen ist.', section: 'schritte', fixed: 'Ich melde mich nach dem Gespräch bei Frau Becker und berichte, wie es gelaufen ist.' },
  { text: 'Bis 14.02.2027: Kontoauszüge der letzten 3 Monate einreichen.', section: 'schritte', noFix: true },
];
