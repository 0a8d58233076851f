import { SEED, ALL_SECTIONS, CLIENT_SECTIONS, type EntryRule, type Hit } from '../core/rule';
import type { SectionKey } from '../core/plan';
import type { PersonIssue, Voice } from '../language/first-person/index';
import { firstPersonEntry } from '../language/first-person/entry';

const MESSAGES: Record<PersonIssue, string> = {
  'client-noun': 'Hier spricht der Plan über die Kundin oder den Kunden. Schreiben Sie aus ihrer oder seiner Sicht: „Ich …“.',
  name: 'Hier steht der Name der Kundin oder des Kunden in der dritten Person. Schreiben Sie aus ihrer oder seiner Sicht: „Ich …“.',
  pronoun: 'Hier steht „er“ oder „sie“ statt „ich“. Schreiben Sie aus Sicht der Kundin oder des Kunden: „Ich …“.',
  formal: 'Hier wird die Kundin oder der Kunde mit „Sie“ angesprochen. Schreiben Sie aus ihrer oder seiner Sicht: „Ich …“.',
  'noun-style': 'Hauptwortstil ohne „Ich“. Schreiben Sie einen Satz aus Sicht der Kundin oder des Kunden: „Ich …“.',
  infinitive: 'Nur ein Stichwort ohne „Ich“. Schreiben Sie einen ganzen Satz aus Sicht der Kundin oder des Kunden: „Ich …“.',
  fragment: 'Nur ein Stichwort ohne „Ich“. Schreiben Sie einen ganzen Satz aus Sicht der Kundin oder des Kunden: „Ich …“.',
  impersonal: 'Unpersönlich formuliert – wer tut es? Schreiben Sie aus Sicht der Kundin oder des Kunden: „Ich …“.',
};

/** Who speaks under each heading, in the terms of the first-person rewriting. */
const VOICE: Record<SectionKey, Voice> = { ziel: 'wish', zwischenziel: 'wish', schritte: 'own', sonstiges: 'own', jobcenter: 'jobcentre', dritte: 'others' };

/** The entry does not speak as the client: third person, noun style, infinitive fragments, impersonal duties. */
const rule: EntryRule = {
  id: 'not-first-person',
  level: 'entry',
  title: 'Nicht in der Ich-Form',
  message: MESSAGES['client-noun'],
  severity: 'warning',
  tag: 'Ich-Form',
  catches: 'Ein Eintrag spricht über die Kundin oder den Kunden („Der Kunde …“, „Teilnahme an …“) statt in ihrer Ich-Form.',
  whyBrief: 'In der Ich-Form ist es der eigene Plan der Kundin oder des Kunden, den sie beim Vorlesen wiedererkennt.',
  why:
    'Die Weisung sieht als Regelfall die Ich-Perspektive der Kundin oder des Kunden vor, und der Plan ist mit „Mein Ziel ist“, ' +
    '„Meine nächsten Schritte sind“ überschrieben. In der Ich-Form ist es ihr eigener Plan: Sie kann ihn beim Vorlesen ' +
    'wiedererkennen und bestätigen, statt eine Akte über sich zu hören. Der IAB-Bericht fand viele Einträge im Hauptwortstil ' +
    '(„Aufnahme einer sozialversicherungspflichtigen Beschäftigung“).',
  sources: [
    { seed: SEED.weisung, section: '1. Übersicht („Der Regelfall ist die Ich-Perspektive“)' },
    { seed: SEED.flyer, section: 'Die Überschriften des Plans („Mein Ziel ist:“, „Meine nächsten Schritte sind:“)' },
    { seed: SEED.iab, section: '3.1 Zielperspektiven; 3.2 Aktivitäten der Leistungsberechtigten' },
  ],
  sections: ALL_SECTIONS,
  oneRewrite: true,
  check(a) {
    const own = CLIENT_SECTIONS.includes(a.section as never);
    return firstPersonEntry(a.text, a.sentences, VOICE[a.section], own, a.section, a.persons).map(({ issue, ...p }): Hit => ({ ...p, message: MESSAGES[issue] }));
  },
  examples: {
    flagged: [
      { text: 'Der Kunde nimmt an einem Computerkurs teil.', section: 'schritte', fixed: 'Ich nehme an einem Computerkurs teil.' },
      { text: 'Herr A. stellt sich bis zum 13.03.2026 beim Bildungsträger vor.', section: 'schritte', fixed: 'Ich stelle mich bis zum 13.03.2026 beim Bildungsträger vor.', showcase: true },
      { text: 'Die Kundin sucht einen Platz im Kindergarten für ihre Tochter.', section: 'schritte', fixed: 'Ich suche einen Platz im Kindergarten für meine Tochter.' },
      { text: 'Teilnahme an einem Deutschkurs.', section: 'schritte', fixed: 'Ich nehme an einem Deutschkurs teil.' },
      { text: 'Vorlage des Lebenslaufs bis zum 20.03.2026.', section: 'schritte', fixed: 'Ich lege meinen Lebenslauf bis zum 20.03.2026 vor.' },
      { text: 'Bewerbungen schreiben.', section: 'schritte', fixed: 'Ich schreibe Bewerbungen.' },
      { text: 'Er ruft bis Freitag beim Träger an.', section: 'schritte', fixed: 'Ich rufe bis Freitag beim Träger an.' },
      // the job centre's "wir" with a named client as its object
      { text: 'Wir unterstützen Herrn Sauer bei der Suche nach einem Ausbildungsplatz.', section: 'jobcenter', fixed: 'Das Jobcenter unterstützt mich bei der Suche nach einem Ausbildungsplatz.' },
      // a bare "ihr" with no noun after it is the dative pronoun: "mir"
      { text: 'Das Jobcenter lädt die Kundin zum Gespräch ein und bespricht mit ihr die nächsten Schritte.', section: 'jobcenter', fixed: 'Das Jobcenter lädt mich zum Gespräch ein und bespricht mit mir die nächsten Schritte.' },
      // the short "Kdin." as an object takes the verb's case like a name
      { text: 'Die Schuldnerberatung berät Kdin. zu ihren Mietschulden.', section: 'dritte', fixed: 'Die Schuldnerberatung berät mich zu meinen Mietschulden.' },
      // the client again as the subject of a new main clause after a comma; a plural thing is no "er"
      { text: 'Herr Olsen besucht den Staplerkurs, danach bewirbt er sich bei Spedition Kraus.', section: 'schritte', fixed: 'Ich besuche den Staplerkurs, danach bewerbe ich mich bei Spedition Kraus.' },
      { text: 'Die Kundin ruft beim Pflegedienst an, sie fragt nach einem Praktikum.', section: 'schritte', fixed: 'Ich rufe beim Pflegedienst an, ich frage nach einem Praktikum.' },
      // (the Kita could be "sie": no fix)
      { text: 'Die Kundin schreibt der Kita, sie bittet um einen Platz ab August.', section: 'schritte' },
      { text: 'Herr Olsen verschiebt Termine, wenn er krank ist.', section: 'schritte', fixed: 'Ich verschiebe Termine, wenn ich krank bin.' },
      { text: 'Frau K. ruft ihre Mutter an, sie holt die Kinder ab.', section: 'schritte' },
      // a clause about the client put first, continued by "er"/"sie" in the main clause
      { text: 'Sobald Herr Novak die Zusage hat, kündigt er seinen Minijob.', section: 'schritte', fixed: 'Sobald ich die Zusage habe, kündige ich meinen Minijob.' },
      { text: 'Wenn Frau Kaya mit ihrer Tochter beim Arzt ist, sagt sie den Termin ab.', section: 'schritte' },
      // a line ends a point also after a sign ("556 €"); the case worker's assessment and an impersonal duty with a
      // second subject get no fix; a later part without its own object where the first one's cannot be named either
      { text: '- Herr Abdi sucht einen Minijob bis 556 €\n- Herr Abdi bringt den Mietvertrag mit', section: 'schritte', fixed: '- Ich suche einen Minijob bis 556 €\n- Ich bringe den Mietvertrag mit.' },
      { text: 'Herr W. zeigt kein Interesse an einer Arbeitsaufnahme.', section: 'sonstiges' },
      { text: 'Kd. hat den Nachweis wieder nicht mitgebracht – bitte mit TL klären.', section: 'schritte', noFix: true },
      { text: 'Vorstellungsgespräche sind wahrzunehmen und das Ergebnis ist binnen 3 Tagen mitzuteilen.', section: 'schritte' },
      { text: '3 Bewerbungen pro Woche schreiben und in der Liste eintragen', section: 'schritte' },
      // a list marker at the start of a line stays where it is
      { text: '- Lebenslauf aktualisieren\n- Bewerbungen schreiben', section: 'schritte', fixed: '- Ich aktualisiere meinen Lebenslauf.\n- Ich schreibe Bewerbungen.' },
      // no sure fix: telegram style without its preposition; the owner named later; a "deren" after the client
      { text: 'Anmeldung Integrationskurs bis 15.05.2026', section: 'schritte' },
      { text: 'Ihr Ehemann arbeitet nachts, deshalb bringt Frau Karimi die Kinder zur Schule.', section: 'sonstiges' },
      { text: 'Die Familienhebamme besucht die Kundin und deren Baby einmal pro Woche.', section: 'dritte' },
      // a second surname is part of the name; verbs of office work the lexicon lacked
      { text: 'Frau Pereira Santos meldet sich bis zum 12.05.2026 bei der Agentur für Arbeit.', section: 'schritte', fixed: 'Ich melde mich bis zum 12.05.2026 bei der Agentur für Arbeit.' },
      { text: 'Zeugnisse einscannen und an Frau Lindner mailen', section: 'schritte', fixed: 'Ich scanne meine Zeugnisse ein und maile sie an Frau Lindner.' },
      // how the client comes across is the case worker's view: reported, no "Ich wirke …"
      { text: 'Die Kundin wirkt im Gespräch sehr belastet.', section: 'sonstiges' },
      { text: 'Herr M. macht einen motivierten Eindruck.', section: 'sonstiges' },
      { text: 'Die Kundin sagt: „Ich möchte nicht mehr im Lager arbeiten.“', section: 'sonstiges' },
      // an "er"/"sie" that can only continue the client is rewritten with the rest
      { text: 'Frau Yilmaz hat eine Allergie. Sie kann nicht in der Reinigung arbeiten.', section: 'sonstiges', fixed: 'Ich habe eine Allergie. Ich kann nicht in der Reinigung arbeiten.' },
      { text: 'Herr Lange besucht am Montag das BIZ. Danach schickt er seinen Lebenslauf an Frau Berger.', section: 'schritte', fixed: 'Ich besuche am Montag das BIZ. Danach schicke ich meinen Lebenslauf an Frau Berger.' },
      { text: 'Sie gibt ihre Zeugnisse bis zum 16.03.2026 bei Frau Lindner ab.', section: 'schritte', fixed: 'Ich gebe meine Zeugnisse bis zum 16.03.2026 bei Frau Lindner ab.' },
      { text: 'Aufnahme einer Tätigkeit als Lagerhelfer.', section: 'ziel', fixed: 'Ich möchte eine Tätigkeit als Lagerhelfer aufnehmen.' },
      { text: 'Die Kundin möchte in der Gastronomie arbeiten.', section: 'ziel', fixed: 'Ich möchte in der Gastronomie arbeiten.' },
      { text: 'Er möchte seinen Führerschein machen.', section: 'zwischenziel', fixed: 'Ich möchte meinen Führerschein machen.' },
      { text: 'Herr P. ist nur vormittags erreichbar.', section: 'sonstiges', fixed: 'Ich bin nur vormittags erreichbar.' },
      { text: 'Der Kunde kümmert sich um einen Kitaplatz.', section: 'schritte', fixed: 'Ich kümmere mich um einen Kitaplatz.' },
      { text: 'Der Kunde hat bis zum 20.03.2026 seinen Lebenslauf vorzulegen.', section: 'schritte', fixed: 'Ich lege bis zum 20.03.2026 meinen Lebenslauf vor.' },
      { text: 'Bei Fehlzeiten ist eine Krankmeldung vorzulegen.', section: 'sonstiges', fixed: 'Bei Fehlzeiten lege ich eine Krankmeldung vor.' },
      { text: 'Es ist innerhalb von 3 Tagen eine Bewerbung zu versenden.', section: 'schritte', fixed: 'Ich versende innerhalb von 3 Tagen eine Bewerbung.' },
      // a time phrase whose noun carries a level stays with it
      { text: 'Teilnahme am Sprachkurs bis zum Abschluss A2', section: 'zwischenziel', fixed: 'Ich möchte am Sprachkurs bis zum Abschluss A2 teilnehmen.' },
      // an adverb that opens the fragment moves inside, and the object still gets its article
      { text: 'Zunächst Lebenslauf aktualisieren', section: 'schritte', fixed: 'Ich aktualisiere zunächst meinen Lebenslauf.' },
      { text: 'Außerdem Deutschkurs besuchen', section: 'schritte', fixed: 'Ich besuche außerdem einen Deutschkurs.' },
      // a comma and "dafür"/"danach" start a second part: no sure fix
      { text: 'Arbeit als Fahrer, dafür zunächst Führerschein Klasse C machen', section: 'ziel' },
      // a date or a numbered week before the object does not swallow it
      { text: 'Bis KW 20 Lebenslauf aktualisieren', section: 'schritte', fixed: 'Ich aktualisiere bis KW 20 meinen Lebenslauf.' },
      { text: 'Bis 30.06.2026 Businessplan erstellen und beim JC einreichen', section: 'schritte', fixed: 'Ich erstelle bis 30.06.2026 einen Businessplan und reiche ihn beim JC ein.' },
      { text: 'Bis zum 10.04.2026 meldet sich die Kundin beim Träger an.', section: 'schritte', fixed: 'Bis zum 10.04.2026 melde ich mich beim Träger an.' },
      { text: 'Der Kunde ruft beim Träger an und vereinbart einen Termin.', section: 'schritte', fixed: 'Ich rufe beim Träger an und vereinbare einen Termin.' },
      { text: 'Der Kunde bekommt ein Angebot für einen Sprachkurs.', section: 'jobcenter', fixed: 'Ich bekomme ein Angebot für einen Sprachkurs.' },
      { text: 'Frau Lindner schickt dem Kunden bis zum 20.03.2026 zwei Stellenangebote.', section: 'jobcenter', fixed: 'Frau Lindner schickt mir bis zum 20.03.2026 zwei Stellenangebote.', showcase: true },
      { text: 'Überwindung der Hilfebedürftigkeit.', section: 'ziel', fixed: 'Ich möchte meine Hilfebedürftigkeit überwinden.' },
      { text: 'Regelmäßige Teilnahme am Bewerbungstraining.', section: 'schritte', fixed: 'Ich nehme regelmäßig am Bewerbungstraining teil.' },
      { text: 'Integration in den ersten Arbeitsmarkt.', section: 'ziel', fixed: 'Ich möchte mich in den ersten Arbeitsmarkt integrieren.', showcase: true },
      { text: 'Anmeldung zum Integrationskurs bis zum 15.04.2026.', section: 'schritte', fixed: 'Ich melde mich bis zum 15.04.2026 zum Integrationskurs an.' },
      { text: 'Sich beim Träger vorstellen.', section: 'schritte', fixed: 'Ich stelle mich beim Träger vor.' },
      { text: 'Als Lagerhelfer arbeiten.', section: 'ziel', fixed: 'Ich möchte als Lagerhelfer arbeiten.' },
      { text: 'Verbesserung meiner Deutschkenntnisse auf Niveau B1.', section: 'zwischenziel', fixed: 'Ich möchte meine Deutschkenntnisse auf Niveau B1 verbessern.' },
      { text: 'Bei Fehlzeiten ist eine Krankmeldung vorzulegen, spätestens am dritten Tag.', section: 'sonstiges', fixed: 'Bei Fehlzeiten lege ich eine Krankmeldung vor, spätestens am dritten Tag.' },
      { text: 'Zeugnisse kopieren und bei Herrn Schäfer abgeben.', section: 'schritte', fixed: 'Ich kopiere meine Zeugnisse und gebe sie bei Herrn Schäfer ab.' },
      { text: 'Antrag ausfüllen und an das Jobcenter schicken.', section: 'schritte', fixed: 'Ich fülle den Antrag aus und schicke ihn an das Jobcenter.' },
      { text: 'Er kann nur vormittags arbeiten, weil er seinen Vater pflegt.', section: 'sonstiges', fixed: 'Ich kann nur vormittags arbeiten, weil ich meinen Vater pflege.' },
      { text: 'Sie ruft bei der Kita an und fragt nach einem Platz.', section: 'schritte', fixed: 'Ich rufe bei der Kita an und frage nach einem Platz.' },
      { text: 'Herr Schäfer schickt Frau Demir bis zum 20.03.2026 die Unterlagen.', section: 'jobcenter', fixed: 'Herr Schäfer schickt mir bis zum 20.03.2026 die Unterlagen.' },
      { text: 'Die Schuldnerberatung begleitet Frau Demir bei ihrem Insolvenzantrag.', section: 'dritte', fixed: 'Die Schuldnerberatung begleitet mich bei meinem Insolvenzantrag.' },
      { text: 'Der Bescheid wurde Herrn Krüger erklärt.', section: 'sonstiges' },
      { text: 'Er bekommt bis zum 20.03.2026 einen Termin bei der Berufsberatung.', section: 'jobcenter', fixed: 'Ich bekomme bis zum 20.03.2026 einen Termin bei der Berufsberatung.' },
      { text: 'Frau Lindner klärt bis zum 20.03.2026 mit dem Träger, ob er im April anfangen kann.', section: 'jobcenter', fixed: 'Frau Lindner klärt bis zum 20.03.2026 mit dem Träger, ob ich im April anfangen kann.' },
      { text: 'Er füllt den Antrag aus und schickt ihn bis zum 17.03.2026 ab.', section: 'schritte', fixed: 'Ich fülle den Antrag aus und schicke ihn bis zum 17.03.2026 ab.' },
      { text: 'Die Kundin holt ihre Tochter ab und bringt sie zur Kita.', section: 'schritte' },
      { text: 'Herr Nowak wird bis zum 20.03.2026 für den Staplerkurs angemeldet.', section: 'jobcenter', fixed: 'Ich werde bis zum 20.03.2026 für den Staplerkurs angemeldet.' },
      { text: 'Kd. ruft bis Freitag beim Träger an.', section: 'schritte', fixed: 'Ich rufe bis Freitag beim Träger an.' },
      { text: 'Sprachniveau B1 erreichen.', section: 'zwischenziel', fixed: 'Ich möchte das Sprachniveau B1 erreichen.' },
      { text: 'Bewerbungsfoto machen lassen.', section: 'schritte', fixed: 'Ich lasse ein Bewerbungsfoto machen.' },
      { text: 'Seine Zeugnisse übersetzen lassen.', section: 'schritte', fixed: 'Ich lasse meine Zeugnisse übersetzen.' },
      { text: 'Beantragung von Wohngeld bis zum 30.04.2026.', section: 'schritte', fixed: 'Ich beantrage bis zum 30.04.2026 Wohngeld.' },
      { text: 'Vorlage von Nachweisen über die Eigenbemühungen.', section: 'schritte', fixed: 'Ich lege Nachweise über die Eigenbemühungen vor.' },
      { text: 'Wahrnehmung aller Termine beim Jobcenter.', section: 'schritte', fixed: 'Ich nehme alle Termine beim Jobcenter wahr.' },
      { text: 'Ausbildung zur Pflegefachfrau.', section: 'ziel', fixed: 'Ich möchte eine Ausbildung zur Pflegefachfrau machen.' },
      { text: 'Der Kunde liest die Stellenanzeigen und ruft bei den Firmen an.', section: 'schritte', fixed: 'Ich lese die Stellenanzeigen und rufe bei den Firmen an.' },
      { text: 'Die Caritas berät den Kunden zu seinen Schulden.', section: 'dritte', fixed: 'Die Caritas berät mich zu meinen Schulden.' },
      { text: 'Beschäftigung als Lagerhelfer.', section: 'ziel' },
      { text: 'Herr Demir fragt bis zum 20.03.2026 seinen alten Meister, ob er ihn wieder einstellt.', section: 'schritte', fixed: 'Ich frage bis zum 20.03.2026 meinen alten Meister, ob er mich wieder einstellt.' },
      { text: 'Frau Lindner klärt bis zum 20.03.2026, ob die Kundin einen Bildungsgutschein bekommt.', section: 'jobcenter', fixed: 'Frau Lindner klärt bis zum 20.03.2026, ob ich einen Bildungsgutschein bekomme.' },
      { text: 'Die Schuldnerberatung sortiert mit Herrn Demir bis Ende April seine Rechnungen.', section: 'dritte', fixed: 'Die Schuldnerberatung sortiert mit mir bis Ende April meine Rechnungen.' },
      { text: 'Vorlage des Mietvertrags und der letzten Nebenkostenabrechnung.', section: 'schritte', fixed: 'Ich lege den Mietvertrag und die letzte Nebenkostenabrechnung vor.' },
      { text: 'Er lässt sich bei der Caritas beraten.', section: 'schritte', fixed: 'Ich lasse mich bei der Caritas beraten.' },
      { text: 'Er sieht sich jede Woche die Stellen in der Jobbörse an.', section: 'schritte', fixed: 'Ich sehe mir jede Woche die Stellen in der Jobbörse an.' },
      { text: 'Die Kundin nimmt sich vor, jeden Tag Deutsch zu lernen.', section: 'schritte', fixed: 'Ich nehme mir vor, jeden Tag Deutsch zu lernen.' },
      { text: 'Sie weiß, dass der Plan nicht bindend ist.', section: 'sonstiges', fixed: 'Ich weiß, dass der Plan nicht bindend ist.' },
      { text: 'Der Kunde spricht gut Deutsch, schreibt aber noch unsicher.', section: 'sonstiges', fixed: 'Ich spreche gut Deutsch, schreibe aber noch unsicher.' },
      { text: 'Sie melden sich bis Freitag beim Träger.', section: 'schritte', fixed: 'Ich melde mich bis Freitag beim Träger.' },
      { text: 'Klärung der Kinderbetreuung mit dem Jugendamt.', section: 'zwischenziel', fixed: 'Ich möchte die Kinderbetreuung mit dem Jugendamt klären.' },
      { text: 'Bei der Vermittlung ist das Gutachten vom 03.02.2026 zu beachten.', section: 'sonstiges' },
      { text: 'Die Vorlage der Nachweise hat jeweils zum Monatsersten zu erfolgen.', section: 'schritte' },
      { text: 'Zur Sicherstellung der Erreichbarkeit verpflichtet sich die leistungsberechtigte Person, Änderungen mitzuteilen.', section: 'schritte' },
      { text: 'Unterlagen bei Frau Demir abgeben.', section: 'schritte', fixed: 'Ich gebe Unterlagen bei Frau Demir ab.' },
      { text: 'Herr A. meldet sich, wenn sie anruft.', section: 'schritte' },
      { text: 'Arbeit als Lagerhelfer.', section: 'ziel' },
      { text: 'Im Anschluss an die Maßnahme erfolgt die Entscheidung über eine Qualifizierung.', section: 'schritte' },
      // "von" + dative plural, coordinated parts too: the dative's -n goes, an adjective's -en becomes -e
      { text: 'Vorlage von Kontoauszügen und Lohnabrechnungen.', section: 'schritte', fixed: 'Ich lege Kontoauszüge und Lohnabrechnungen vor.' },
      { text: 'Einreichung von Attesten und neuen Befundberichten.', section: 'schritte', fixed: 'Ich reiche Atteste und neue Befundberichte ein.' },
      // a bare genitive after "und" (which case goes on?) and a second nominalisation: no sure fix
      { text: 'Vorlage des Lebenslaufs und Zeugnisses.', section: 'schritte' },
      { text: 'Wahrnehmung aller Termine beim Jobcenter und rechtzeitige Absage im Krankheitsfall.', section: 'schritte' },
      // a genitive plural without article: its strong adjective becomes the accusative's "-e"
      { text: 'Vorlage vollständiger Unterlagen bis zum 10.04.2026.', section: 'schritte', fixed: 'Ich lege bis zum 10.04.2026 vollständige Unterlagen vor.' },
      // the client named as the doer inside an impersonal duty goes with it
      { text: 'Bei Krankheit ist vom Kunden eine AU vorzulegen.', section: 'schritte', fixed: 'Bei Krankheit lege ich eine AU vor.' },
      // a dative reflexive with a particle or in the perfect: "sich etwas aussuchen", "sich etwas vornehmen"
      { text: 'Der Kunde sucht sich bis zum 30.04.2026 eine Maßnahme aus.', section: 'schritte', fixed: 'Ich suche mir bis zum 30.04.2026 eine Maßnahme aus.' },
      { text: 'Frau Öztürk hat sich vorgenommen, täglich Stellenangebote zu lesen.', section: 'schritte', fixed: 'Ich habe mir vorgenommen, täglich Stellenangebote zu lesen.' },
      // "ist/sind … zu": officialese drops the article of a singular; the subject becomes an accusative object
      { text: 'Nachweis der Anmeldung ist unaufgefordert vorzulegen.', section: 'schritte', fixed: 'Ich lege den Nachweis der Anmeldung unaufgefordert vor.' },
      { text: 'Der aktuelle Lebenslauf ist bis zum 20.03.2026 vorzulegen.', section: 'schritte', fixed: 'Ich lege den aktuellen Lebenslauf bis zum 20.03.2026 vor.' },
      { text: 'Bei Fehlzeiten ist unverzüglich der Nachweis vorzulegen.', section: 'sonstiges', fixed: 'Bei Fehlzeiten lege ich unverzüglich den Nachweis vor.' },
      { text: 'Aktuelle Nachweise sind vorzulegen.', section: 'schritte', fixed: 'Ich lege aktuelle Nachweise vor.' },
      { text: 'Aktueller Lebenslauf ist vorzulegen.', section: 'schritte' },
      // coordinated zu-infinitives: every verb in the first person, the shared object as a pronoun after the first
      { text: 'Eigenbemühungen sind in angemessenem Umfang zu unternehmen und monatlich nachzuweisen.', section: 'schritte', fixed: 'Ich unternehme meine Eigenbemühungen in angemessenem Umfang und weise sie monatlich nach.' },
      { text: 'Die Unterlagen sind zu kopieren, zu unterschreiben und bis zum 20.03.2026 abzugeben.', section: 'schritte', fixed: 'Ich kopiere die Unterlagen, unterschreibe sie und gebe sie bis zum 20.03.2026 ab.' },
      { text: 'Der Kunde hat seinen Lebenslauf zu aktualisieren und bei Frau Lindner abzugeben.', section: 'schritte', fixed: 'Ich aktualisiere meinen Lebenslauf und gebe ihn bei Frau Lindner ab.' },
      { text: 'Der Kunde hat sich beim Träger zu melden und einen Termin zu vereinbaren.', section: 'schritte', fixed: 'Ich melde mich beim Träger und vereinbare einen Termin.' },
      { text: 'Bei Fehlzeiten ist eine Krankmeldung vorzulegen und zu begründen.', section: 'sonstiges' },
      { text: 'Das Praktikum ist anzutreten und durchzuführen.', section: 'schritte', fixed: 'Ich trete das Praktikum an und führe es durch.' },
      // a nominalisation with "durch" + someone who acts: the client has it done ("… lassen"); a means leaves the client acting
      { text: 'Feststellung der Leistungsfähigkeit durch den Ärztlichen Dienst.', section: 'zwischenziel', fixed: 'Ich möchte meine Leistungsfähigkeit durch den Ärztlichen Dienst feststellen lassen.' },
      { text: 'Klärung der Eignung durch den Berufspsychologischen Service bis Ende April.', section: 'schritte', fixed: 'Ich lasse meine Eignung durch den Berufspsychologischen Service bis Ende April klären.' },
      { text: 'Verbesserung der Deutschkenntnisse durch einen Sprachkurs.', section: 'zwischenziel', fixed: 'Ich möchte meine Deutschkenntnisse durch einen Sprachkurs verbessern.' },
      { text: 'Begutachtung durch den Ärztlichen Dienst.', section: 'zwischenziel' },
      { text: 'Leistungsfähigkeit durch den Ärztlichen Dienst feststellen.', section: 'zwischenziel' },
      // "hat das Ziel / vor / den Wunsch, … zu": the infinitive belongs to a clause of its own, "habe" stays
      { text: 'Herr Yıldız hat das Ziel, im Herbst eine Ausbildung zum Koch zu beginnen.', section: 'ziel', fixed: 'Ich habe das Ziel, im Herbst eine Ausbildung zum Koch zu beginnen.' },
      { text: 'Die Kundin hat vor, sich bei drei Pflegediensten zu bewerben.', section: 'zwischenziel', fixed: 'Ich habe vor, mich bei drei Pflegediensten zu bewerben.' },
      { text: 'Er hat den Wunsch, wieder im Einzelhandel zu arbeiten.', section: 'ziel', fixed: 'Ich habe den Wunsch, wieder im Einzelhandel zu arbeiten.' },
      // a pronoun becomes "ich" only where it can only mean the client: another woman named before "sie" — no fix;
      // a plural verb makes "sie" the things just named; a relative clause with nobody else in it
      { text: 'Frau Demir bittet ihre Schwester, dass sie die Kinder am Montag abholt.', section: 'schritte' },
      { text: 'Frau Demir ruft Frau Lindner an, sobald sie die Zusage hat.', section: 'schritte' },
      { text: 'Frau Demir reicht ihre Zeugnisse bis zum 20.03.2026 ein, damit sie übersetzt werden.', section: 'schritte', fixed: 'Ich reiche meine Zeugnisse bis zum 20.03.2026 ein, damit sie übersetzt werden.' },
      { text: 'Herr Yıldız sucht eine Stelle, bei der er nachts nicht arbeiten muss.', section: 'ziel', fixed: 'Ich suche eine Stelle, bei der ich nachts nicht arbeiten muss.' },
      // each reflexive takes the case of its own verb
      { text: 'Der Kunde liest die Stellenanzeigen und bewirbt sich bis Freitag auf zwei Stellen.', section: 'schritte', fixed: 'Ich lese die Stellenanzeigen und bewerbe mich bis Freitag auf zwei Stellen.' },
      { text: 'Die Kundin geht zum Arzt und lässt sich die Arbeitsunfähigkeit bescheinigen.', section: 'schritte', fixed: 'Ich gehe zum Arzt und lasse mir die Arbeitsunfähigkeit bescheinigen.' },
      { text: 'Er besorgt sich einen Ausweis und meldet sich beim Bürgeramt an.', section: 'schritte', fixed: 'Ich besorge mir einen Ausweis und melde mich beim Bürgeramt an.' },
      // in the job centre's heading "wir" is the job centre: with the client as "mir", it is named
      { text: 'Wir schicken dem Kunden bis zum 20.03.2026 zwei Stellenangebote.', section: 'jobcenter', fixed: 'Das Jobcenter schickt mir bis zum 20.03.2026 zwei Stellenangebote.' },
      { text: 'Wir beraten Sie bis zum 20.03.2026 zur Umschulung.', section: 'jobcenter', fixed: 'Das Jobcenter berät mich bis zum 20.03.2026 zur Umschulung.' },
      // items after a dash or a semicolon: each rewritten on its own, or no fix
      { text: 'Teilnahme am Sprachkurs – dort zweimal pro Woche Deutsch üben', section: 'schritte', fixed: 'Ich nehme am Sprachkurs teil – ich übe dort zweimal pro Woche Deutsch.' },
      { text: 'Ausbildung zur Köchin – vorher Praktikum in einer Kantine', section: 'ziel' },
      { text: 'Lebenslauf überarbeiten; Bewerbungsfoto machen lassen', section: 'schritte', fixed: 'Ich überarbeite meinen Lebenslauf; ich lasse ein Bewerbungsfoto machen.' },
      { text: 'Bewerbungen schreiben; wegen Kinderbetreuung nur vormittags', section: 'schritte' },
      // an office's duty written impersonally is not the client's; "Von der Kundin ist …" is
      { text: 'Die Fahrtkosten sind bis zum 30.04.2026 zu erstatten.', section: 'sonstiges' },
      { text: 'Von der Kundin ist bis zum 30.04.2026 ein Nachweis vorzulegen.', section: 'schritte', fixed: 'Ich lege bis zum 30.04.2026 einen Nachweis vor.' },
      // capitals after moving words: an adjective or adverb that opened the sentence is lower-cased, "Deutsch" is not
      { text: 'Fehlende Unterlagen bis zum 20.03.2026 einreichen.', section: 'schritte', fixed: 'Ich reiche fehlende Unterlagen bis zum 20.03.2026 ein.' },
      { text: 'Täglich eine Stunde Deutsch mit der App lernen.', section: 'schritte', fixed: 'Ich lerne täglich eine Stunde Deutsch mit der App.' },
      { text: 'Deutsch auf Niveau B1 lernen.', section: 'zwischenziel', fixed: 'Ich möchte Deutsch auf Niveau B1 lernen.' },
      // a genitive turned into the object is re-inflected as a whole; the client's own things take "mein"; a noun of
      // unknown gender after "der" could be singular or plural: no fix
      { text: 'Sicherung der finanziellen Lage.', section: 'ziel', fixed: 'Ich möchte meine finanzielle Lage sichern.' },
      { text: 'Verbesserung der finanziellen Reserve.', section: 'ziel' },
      { text: 'Termin beim Hausarzt vereinbaren.', section: 'schritte', fixed: 'Ich vereinbare einen Termin beim Hausarzt.' },
      { text: 'Termin ÄD abwarten.', section: 'schritte' },
      // the client as the owner of things, as the subject of a clause about her, addressed formally, by a short title
      { text: 'Die Tochter von Frau Demir geht ab August in die Kita.', section: 'sonstiges', fixed: 'Meine Tochter geht ab August in die Kita.' },
      { text: 'Der Träger schickt die Teilnahmebescheinigung des Kunden an das Jobcenter.', section: 'dritte', fixed: 'Der Träger schickt meine Teilnahmebescheinigung an das Jobcenter.' },
      { text: 'Herr Schäfer prüft bis zum 20.03.2026, ob Frau Demir einen Bildungsgutschein bekommt.', section: 'jobcenter', fixed: 'Herr Schäfer prüft bis zum 20.03.2026, ob ich einen Bildungsgutschein bekomme.' },
      { text: 'Seine Zeugnisse sind übersetzt und beglaubigt.', section: 'sonstiges', fixed: 'Meine Zeugnisse sind übersetzt und beglaubigt.' },
      { text: 'Bitte melden Sie sich bis zum 20.03.2026 beim Träger.', section: 'schritte', fixed: 'Ich melde mich bis zum 20.03.2026 beim Träger.' },
      { text: 'Hr. Yıldız meldet sich bis Freitag beim Träger.', section: 'schritte', fixed: 'Ich melde mich bis Freitag beim Träger.' },
      { text: 'Die Jugendliche bewirbt sich bis Ende März auf drei Ausbildungsplätze.', section: 'schritte', fixed: 'Ich bewerbe mich bis Ende März auf drei Ausbildungsplätze.' },
      { text: 'Die Kundin war bis Januar als Verkäuferin tätig.', section: 'sonstiges', fixed: 'Ich war bis Januar als Verkäuferin tätig.' },
      { text: 'Der Kunde wird gebeten, bis zum 20.03.2026 seine Zeugnisse vorzulegen.', section: 'schritte', fixed: 'Ich lege bis zum 20.03.2026 meine Zeugnisse vor.' },
      // what a fragment carries along: a bracket and an "um … zu" clause at its end; a label with a colon is no step
      { text: 'Anmeldung beim Sprachkurs bis 31.03.2026 (Kursträger Lernwerk)', section: 'schritte', fixed: 'Ich melde mich bis 31.03.2026 beim Sprachkurs an (Kursträger Lernwerk).' },
      { text: 'Deutschkenntnisse verbessern, um sich bei Arbeitgebern besser vorstellen zu können', section: 'zwischenziel', fixed: 'Ich möchte meine Deutschkenntnisse verbessern, um mich bei Arbeitgebern besser vorstellen zu können.' },
      { text: 'Einschränkung: kein Heben über 10 kg', section: 'sonstiges' },
      // taking up contact with a unit of the job centre may be the case worker's step: no fix
      { text: 'Rücksprache mit dem Fallmanagement zur Kinderbetreuung.', section: 'schritte' },
      // who is meant is not sure: a later "sie"/"er" of the client's gender (the client, or the woman named in
      // between?), two people named by initials; no fix (a half-done rewrite would decide it)
      { text: 'Frau P. lebt mit ihrer Mutter zusammen, die pflegebedürftig ist; sie kann deshalb nur vormittags arbeiten.', section: 'sonstiges' },
      { text: 'Herr N. meldet sich beim Träger an. Danach schickt er die Bestätigung an Frau Lindner.', section: 'schritte' },
      { text: 'Frau A. begleitet Frau B. zur Schuldnerberatung.', section: 'schritte' },
      // …but a plural "sie" is the things: the rewrite stands
      { text: 'Frau K. legt ihre Nachweise beim Träger vor, damit sie geprüft werden.', section: 'schritte', fixed: 'Ich lege meine Nachweise beim Träger vor, damit sie geprüft werden.' },
      // telegram style a sentence cannot be sure of: items after a comma, a prepositional object without its article,
      // a predicate at the end of a noun-style note, a second noun phrase of its own after "und"
      { text: 'Wohnung kündigen, Nachsendeauftrag stellen', section: 'schritte' },
      { text: 'sich um Ausbildungsplatz im Handwerk bemühen', section: 'schritte' },
      { text: 'Klärung der Wohnsituation vor Kursbeginn notwendig', section: 'sonstiges' },
      { text: 'Anerkennung des Berufsabschlusses und Tätigkeit als Erzieherin', section: 'ziel' },
      // an idiom keeps its bare noun ("Fuß fassen", not "einen Fuß"); a reference in brackets is no sentence end
      { text: 'Im Einzelhandel Fuß fassen', section: 'ziel', fixed: 'Ich möchte im Einzelhandel Fuß fassen.' },
      { text: 'Kd. meldet sich beim Träger (Ansprechpartner Hr. Braun, Tel.-Nr. 0561 123) und reicht die Unterlagen ein.', section: 'schritte', fixed: 'Ich melde mich beim Träger (Ansprechpartner Hr. Braun, Tel.-Nr. 0561 123) und reiche die Unterlagen ein.' },
      // blind corpus 9: an ordinal before its noun is no sentence end ("am 3. Tag"); a deletion by a date's dot leaves one
      { text: 'Die ELB ist verpflichtet, Arbeitsunfähigkeit am 1. Tag anzuzeigen und die AU spätestens am 3. Tag vorzulegen.', section: 'schritte', fixed: 'Ich bin verpflichtet, Arbeitsunfähigkeit am 1. Tag anzuzeigen und die AU spätestens am 3. Tag vorzulegen.' },
      { text: 'Frau Wójcik hat den Antrag auf Kinderzuschlag bei der Familienkasse bis 30.04. zu stellen.', section: 'schritte', fixed: 'Ich stelle den Antrag auf Kinderzuschlag bei der Familienkasse bis 30.04.' },
      // a noun in "-weis" keeps its capital ("Nachweise"), unlike an adverb in "-weise"
      { text: 'Nachweise monatlich per App hochladen', section: 'schritte', fixed: 'Ich lade Nachweise monatlich per App hoch.' },
      // a date inside brackets stays with what the brackets name
      { text: 'Bewerbung auf die Stelle als Lagerhelfer bei Rhenus (VV vom 03.03., Ref.-Nr. 10000-1198765432-S)', section: 'schritte', fixed: 'Ich bewerbe mich auf die Stelle als Lagerhelfer bei Rhenus (VV vom 03.03., Ref.-Nr. 10000-1198765432-S).' },
      // "sich vorstellen" as imagining is dative; introducing oneself stays accusative (examples above)
      { text: 'Herr Krause kann sich vorstellen, im Schichtdienst zu arbeiten, und bewirbt sich bei Amazon in Werne.', section: 'schritte', fixed: 'Ich kann mir vorstellen, im Schichtdienst zu arbeiten, und bewerbe mich bei Amazon in Werne.' },
      // a particle verb gives the client's case ("stellt mich … ein"); one not known gives no fix
      { text: 'Der AG stellt Kd. nach erfolgreicher MAG unbefristet ein.', section: 'dritte', fixed: 'Der AG stellt mich nach erfolgreicher MAG unbefristet ein.' },
      { text: 'Der Träger stellt Frau Berisha im Team vor.', section: 'dritte', noFix: true },
      // the client after the verb is its subject where nothing before the verb can be ("Falls …, klärt die Kundin …",
      // a plural put first): no object rewrite
      { text: 'Falls die Kita-Zusage bis Juni nicht vorliegt, klärt die Kundin mit dem Jugendamt eine Tagesmutter.', section: 'schritte', noFix: true },
      { text: 'Lohnabrechnungen legt die Kundin monatlich unaufgefordert vor.', section: 'sonstiges', noFix: true },
      { text: 'Unterstützung erhält die Kundin von der Caritas.', section: 'dritte', noFix: true },
      // a participle after a comma may be no verb ("…, bevorzugt im öffentlichen Dienst"); a question is nobody's step
      { text: 'Frau Weber-Schneider strebt eine Tätigkeit im Projektmanagement an, bevorzugt im öffentlichen Dienst.', section: 'ziel', noFix: true },
      { text: 'Kd. soll ggf. noch AVGS bekommen?? – mit TL klären', section: 'schritte', noFix: true },
      { text: 'Rentenantrag schon gestellt? Bei nächstem Termin nachfragen.', section: 'schritte', noFix: true },
      // a passive whose doer is the client: her active sentence; someone she is expected of, or a masculine subject
      // after the verb, gives no fix
      { text: 'Die Unterlagen für den Bildungsgutschein werden von Herrn Brandt bis 10.04.2026 eingereicht.', section: 'schritte', fixed: 'Ich reiche die Unterlagen für den Bildungsgutschein bis 10.04.2026 ein.' },
      { text: 'Der fehlende Nachweis wird von der Kundin bis zum 28.02.2026 nachgereicht.', section: 'schritte', fixed: 'Ich reiche den fehlenden Nachweis bis zum 28.02.2026 nach.' },
      { text: 'Vom Kunden werden wöchentlich drei Bewerbungen verschickt.', section: 'schritte', fixed: 'Ich verschicke wöchentlich drei Bewerbungen.' },
      { text: 'Von der Kundin wird eine Bewerbung bei der Fa. Müller erwartet.', section: 'schritte', noFix: true },
      { text: 'Bis 15.05. wird von Kd. ein Termin bei der Rentenversicherung vereinbart.', section: 'schritte', noFix: true },
      // steps listed with commas and no "und" under one verb are separate notes: one verb for all would be a guess
      { text: 'Beratung bei der Jugendberufsagentur, Praktikum in einer Gärtnerei (3 Wochen), Termine beim Coach wahrnehmen', section: 'schritte', noFix: true },
      // in her own voice her family takes "mein"; someone else's family member stays as it is
      { text: 'Die Tochter Rania (17) begleitet Frau Haddad zu Terminen und übersetzt.', section: 'dritte', fixed: 'Meine Tochter Rania (17) begleitet mich zu Terminen und übersetzt.' },
      { text: 'Frau Kaya bringt den Sohn zur Kita und pflegt die Mutter ihres Mannes.', section: 'schritte', fixed: 'Ich bringe meinen Sohn zur Kita und pflege die Mutter meines Mannes.' },
      { text: 'Sicherstellung der Kinderbetreuung für Tochter Maja ab 01.08.2026', section: 'zwischenziel', fixed: 'Ich möchte die Kinderbetreuung für meine Tochter Maja ab 01.08.2026 sicherstellen.' },
      // "sein" as the infinitive at a clause's end is the verb, not a possessive
      { text: 'Frau Öztürk will ihren Führerschein machen, um flexibler zu sein.', section: 'ziel', fixed: 'Ich will meinen Führerschein machen, um flexibler zu sein.' },
      // blind corpus 10: a reflexive with its own object is dative; "sich registrieren"; a formal second verb; "Sein …" left
      { text: 'Kd. vereinbart einen Termin beim Hausarzt und lässt sich die Einschränkungen attestieren.', section: 'schritte', fixed: 'Ich vereinbare einen Termin beim Hausarzt und lasse mir die Einschränkungen attestieren.' },
      { text: 'Herr Marx verschafft sich bis Ende März einen Überblick über offene Forderungen.', section: 'zwischenziel', fixed: 'Ich verschaffe mir bis Ende März einen Überblick über offene Forderungen.' },
      { text: 'Frau B. meldet sich einen Tag vorher ab.', section: 'schritte', fixed: 'Ich melde mich einen Tag vorher ab.' },
      { text: 'Sie können sich beim Träger anmelden und am Kurs teilnehmen.', section: 'schritte', fixed: 'Ich kann mich beim Träger anmelden und am Kurs teilnehmen.' },
      { text: 'Registrierung bei mind. 2 Zeitarbeitsfirmen', section: 'schritte', fixed: 'Ich registriere mich bei mind. 2 Zeitarbeitsfirmen.' },
      { text: 'Sie melden sich bis 15.03.2026 beim Kita-Navigator an und setzen Ihre Tochter auf die Warteliste.', section: 'schritte', fixed: 'Ich melde mich bis 15.03.2026 beim Kita-Navigator an und setze meine Tochter auf die Warteliste.' },
      { text: 'Die Frühförderstelle der Lebenshilfe betreut Frau Schuberts Sohn zweimal pro Woche.', section: 'dritte', noFix: true },
      { text: 'Herr Schäfer hat Mietschulden in Höhe von 2.340 €. Sein Vermieter hat mit Räumungsklage gedroht.', section: 'sonstiges', noFix: true },
      { text: 'Integration in den 1. AM aufgrund gesundheitlicher Einschränkungen derzeit unrealistisch.', section: 'sonstiges', noFix: true },
      // what matters to her is said with her in the dative; the formal "Sie" as a subject in the job centre's sentence,
      // a "Nachweis" of what is not its object, one part without a fix: no fix; "wie oft" goes with its rhythm
      { text: 'Herrn Weber ist wichtig, dass er im Team arbeitet.', section: 'ziel', fixed: 'Mir ist wichtig, dass ich im Team arbeite.' },
      { text: 'Wichtig ist Frau K., dass sie im Team arbeitet.', section: 'ziel', noFix: true },
      { text: 'Wir beraten Sie, damit Sie eine passende Stelle finden.', section: 'jobcenter', noFix: true },
      { text: 'Teilnahme am Deutschkurs 3-mal wöchentlich', section: 'schritte', fixed: 'Ich nehme 3-mal wöchentlich am Deutschkurs teil.' },
      { text: 'Abwendung der Räumungsklage', section: 'zwischenziel', fixed: 'Ich möchte die Räumungsklage abwenden.' },
      { text: 'Nachweis über die Beantragung von Wohngeld', section: 'schritte', noFix: true },
      { text: 'Bewerbung über die Jobbörse bei drei Firmen', section: 'schritte', fixed: 'Ich bewerbe mich über die Jobbörse bei drei Firmen.' },
      { text: '- Lebenslauf aktualisieren\n- Termin ÄD abwarten', section: 'schritte', noFix: true },
      // blind corpus 12: "gefällt"/"fehlen" take her as "mir"; "es" before the adjective; second parts of goals and duties;
      // a "sich" left; the job centre's second verb; a workplace a man could own; two of one family; a "seine" left
      { text: 'Frau Yildiz gefällt die Arbeit im Lager, deshalb bewirbt sie sich bei Logistikfirmen.', section: 'ziel', fixed: 'Mir gefällt die Arbeit im Lager, deshalb bewerbe ich mich bei Logistikfirmen.' },
      { text: 'Herrn Haddad ist es wichtig, in der Nähe seiner Familie zu arbeiten.', section: 'ziel', fixed: 'Mir ist es wichtig, in der Nähe meiner Familie zu arbeiten.' },
      { text: 'Abschluss des Sprachkurses bis Juni 2026 und Zertifikat B1.', section: 'zwischenziel', noFix: true },
      { text: 'Bewerbung bei Fa. Lidl bis 15.04.2026, Ergebnis ist mitzuteilen', section: 'schritte', noFix: true },
      { text: 'Das Jobcenter begleitet Herrn B., wenn er sich bei Firmen vorstellt, mit Fahrtkosten.', section: 'jobcenter', noFix: true },
      { text: 'Wir beraten Sie zur Weiterbildung und schicken Ihnen Angebote zu.', section: 'jobcenter', fixed: 'Das Jobcenter berät mich zur Weiterbildung und schickt mir Angebote zu.' },
      { text: 'Der Meister nimmt Herrn Said zur Probe in seinem Betrieb auf.', section: 'dritte', noFix: true },
      { text: 'Herr Novak sen. begleitet Herrn Novak jun. zum Termin.', section: 'dritte', noFix: true },
      { text: 'Dem Kunden fehlen noch die Unterlagen; sie bringt sein Bruder mit.', section: 'sonstiges', noFix: true },
      { text: 'Die Mutter von Frau Demir holt die Kinder ab, weil Frau Demir ab 7 Uhr arbeitet.', section: 'dritte', noFix: true },
      // the formal "Sie" again in a clause of its own; "Kd." in a clause put first; the short "u." as "und"; a verbless
      // note among what else matters leaves the rest of the entry its fix (among steps it would not)
      { text: 'Sie rufen an, wenn Sie den Termin nicht wahrnehmen können.', section: 'schritte', fixed: 'Ich rufe an, wenn ich den Termin nicht wahrnehmen kann.' },
      { text: 'Sobald Kdin. den Bescheid hat, meldet sie sich beim Träger.', section: 'schritte', fixed: 'Sobald ich den Bescheid habe, melde ich mich beim Träger.' },
      { text: 'Kdin. verpflichtet sich, Vorschläge in 3 Tagen zu bearbeiten, u. teilt dem Träger das Ergebnis mit.', section: 'schritte', fixed: 'Ich verpflichte mich, Vorschläge in 3 Tagen zu bearbeiten, und teile dem Träger das Ergebnis mit.' },
      { text: 'Herr K. pflegt seine Mutter; Schulden ca. 2.000 €.', section: 'sonstiges', fixed: 'Ich pflege meine Mutter; Schulden ca. 2.000 €.' },
      { text: 'Herr K. meldet sich beim Träger; Schulden ca. 2.000 €.', section: 'schritte', noFix: true },
      // blind corpus 13: "Herrn" is never the subject; "bitte" goes; "sich bereit erklären"; "er" going on with her;
      // "-ieren" verbs; a genitive with "jeder"; a later part naming only whom it goes to; a bracket after a clause
      { text: 'Herrn Yilmaz wird ein Bildungsgutschein für den Staplerkurs ausgestellt.', section: 'jobcenter', fixed: 'Mir wird ein Bildungsgutschein für den Staplerkurs ausgestellt.' },
      { text: 'Sie reichen bitte bis Freitag die Unterlagen beim Träger ein.', section: 'schritte', fixed: 'Ich reiche bis Freitag die Unterlagen beim Träger ein.' },
      { text: 'Frau Ay erklärt sich bereit, ihre Zeugnisse übersetzen zu lassen.', section: 'schritte', fixed: 'Ich erkläre mich bereit, meine Zeugnisse übersetzen zu lassen.' },
      { text: 'Die Kundin hat kein Auto. Sie ist auf den Bus angewiesen.', section: 'sonstiges', fixed: 'Ich habe kein Auto. Ich bin auf den Bus angewiesen.' },
      { text: 'Praktikum im Lager absolvieren', section: 'schritte', fixed: 'Ich absolviere ein Praktikum im Lager.' },
      { text: 'Mitteilung jeder Adressänderung an das JC', section: 'schritte', noFix: true },
      { text: 'Bescheinigung einholen und dem JC zusenden', section: 'schritte', noFix: true },
      { text: 'Dem Kunden ist bewusst, dass er Urlaub vorher beantragen muss (Ortsabwesenheit).', section: 'sonstiges', fixed: 'Mir ist bewusst, dass ich Urlaub vorher beantragen muss (Ortsabwesenheit).' },
      // blind corpus 14: "von ihm" left; "ihn" in "um … zu"; "… anerkennen lassen"; "ihr" before a title; a count after
      // "sich" is its object; "wöchentl." is no sentence end; a note after a comma stays after the verb's end
      { text: 'Herr K. pflegt seinen Vater; ein Antrag auf Pflegegeld wurde von ihm gestellt.', section: 'sonstiges', noFix: true },
      { text: 'Der Träger bietet dem Kd. Einzelcoaching an, um ihn zu stärken.', section: 'dritte', noFix: true },
      { text: 'Anerkennung des Berufsabschlusses als Erzieherin', section: 'ziel', fixed: 'Ich möchte meinen Berufsabschluss als Erzieherin anerkennen lassen.' },
      { text: 'Anerkennung des Abschlusses, danach Arbeit als Pflegekraft', section: 'ziel', noFix: true },
      { text: 'Kdin. meldet sich bei den Firmen, die ihr Frau Lindner genannt hat.', section: 'schritte', noFix: true },
      { text: 'Herr K. sucht sich zwei Praktikumsplätze.', section: 'schritte', fixed: 'Ich suche mir zwei Praktikumsplätze.' },
      { text: '- Lebenslauf aktualisieren\n- wöchentl. 3 Bewerbungen schreiben', section: 'schritte', fixed: '- Ich aktualisiere meinen Lebenslauf.\n- Ich schreibe wöchentl. 3 Bewerbungen.' },
      { text: 'Teilnahme am Sprachkurs bei der VHS, Mo–Fr vormittags', section: 'schritte', fixed: 'Ich nehme am Sprachkurs bei der VHS teil, Mo–Fr vormittags.' },
      { text: 'Teilnahme am Coaching beim Träger (dienstags 9–12 Uhr), um sich zu stabilisieren', section: 'schritte', fixed: 'Ich nehme am Coaching beim Träger (dienstags 9–12 Uhr) teil, um mich zu stabilisieren.' },
      { text: 'Frau K. wird vom Träger bei Firmen vorgestellt; ihr Lebenslauf wird anonymisiert.', section: 'jobcenter', noFix: true },
      // blind corpus 15: a passive of the thing given takes her as its dative; a noun before a noun; "-nis"; "für sie"
      // left; "sie" left after "Kd."; a clause about her without its subject in a note
      { text: 'Frau M. wird ein Zuschuss zu den Fahrtkosten in Höhe von 120 € gewährt.', section: 'jobcenter', fixed: 'Mir wird ein Zuschuss zu den Fahrtkosten in Höhe von 120 € gewährt.' },
      { text: '- Kopie Bescheid im JC abgeben', section: 'schritte', noFix: true },
      { text: 'Der Bericht wird dem JC mit Einverständnis von Frau K. zugeleitet.', section: 'dritte', noFix: true },
      { text: 'Frau K. möchte im Verkauf arbeiten; für sie kommt auch eine Stelle im Lager in Frage.', section: 'ziel', noFix: true },
      { text: 'Kd. meldet sich bei der Beratungsstelle (Fr. Berger); sie lässt sich dort beraten.', section: 'schritte', noFix: true },
      { text: 'Kd. hat Mietschulden; sucht günstigere Wohnung.', section: 'sonstiges', noFix: true },
      // blind corpus 16: verbs of a formal clause after a comma; "ihn" after "ELB"; "der junge Mann"; "Kdin.s"; "Hat …" in
      // a note; "seines" with only a goal before it; "ihnen" after the client and her son; "ihm" after a sentence of hers
      { text: 'Sie melden sich bitte im Jobcenter, wenn Sie umziehen, heiraten oder eine Ausbildung beginnen.', section: 'schritte', noFix: true },
      { text: 'Hausarzt Dr. Braun stellt dem ELB ein Attest aus und überweist ihn an die Suchtberatung.', section: 'dritte', noFix: true },
      { text: 'Herr Dr. Braun stellt dem Kunden ein Attest aus und überweist ihn an die Suchtberatung.', section: 'dritte', fixed: 'Herr Dr. Braun stellt mir ein Attest aus und überweist mich an die Suchtberatung.' },
      { text: 'Bewerbungsmappe fertigstellen; danach stellt sich der junge Mann beim Träger vor.', section: 'schritte', noFix: true },
      { text: 'Das Jugendamt sucht eine Tagesmutter für Kdin.s Sohn.', section: 'dritte', noFix: true },
      { text: 'Hat starke Rückenschmerzen; Termine nur vormittags legen.', section: 'sonstiges', noFix: true },
      { text: 'Ziel von Herrn Nowak ist es, wieder in seinem Beruf als Koch zu arbeiten; die Anerkennung seines Zeugnisses ist dafür nötig.', section: 'ziel', noFix: true },
      { text: 'Die Familienhilfe besucht Frau Demir und ihren Sohn, die Gespräche finden bei ihnen zu Hause statt.', section: 'dritte', noFix: true },
      { text: 'Der Kunde wird an die Reha-Beratung übergeleitet. Der Termin wird ihm per Post mitgeteilt.', section: 'jobcenter', noFix: true },
      { text: 'Frau Rossi schreibt ihren Lebenslauf neu. Anschließend lässt sie ihn im Bewerbungscenter prüfen.', section: 'schritte', fixed: 'Ich schreibe meinen Lebenslauf neu. Anschließend lasse ich ihn im Bewerbungscenter prüfen.' },
      // blind corpus 17: own-subject "sich"; bare "ihr"; "Familie und Beruf"; a duty by someone; ")" and ";"; the case worker
      { text: 'Herr B. meldet sich beim Hausarzt, wenn sich die Schmerzen verschlimmern.', section: 'schritte', fixed: 'Ich melde mich beim Hausarzt, wenn sich die Schmerzen verschlimmern.' },
      { text: 'Wohnungsfrage klären – mit ihr am Montag besprechen.', section: 'zwischenziel', noFix: true },
      { text: 'Frau Lindner berät die Kundin zur Vereinbarkeit von Familie und Beruf.', section: 'jobcenter', fixed: 'Frau Lindner berät mich zur Vereinbarkeit von Familie und Beruf.' },
      { text: 'Zunächst ist eine Untersuchung durch den Ärztlichen Dienst durchzuführen.', section: 'zwischenziel', noFix: true },
      { text: 'Frau M. wird vom JC ein Platz im Sprachkurs angeboten.', section: 'schritte', fixed: 'Mir wird vom JC ein Platz im Sprachkurs angeboten.' },
      { text: 'Bewerbungsunterlagen erstellen (mit Foto); danach Profil in der Jobbörse anlegen.', section: 'zwischenziel', fixed: 'Ich möchte meine Bewerbungsunterlagen erstellen (mit Foto); ich möchte danach mein Profil in der Jobbörse anlegen.' },
      { text: 'Bewerbungen schreiben; Frau S. hat bei zwei Firmen angefragt, ich warte auf Antwort.', section: 'schritte', noFix: true },
      { text: 'Herr Novak wird vom Jobcenter bei der Wohnungssuche unterstützt, die ihn auch bei der Kaution entlastet.', section: 'jobcenter', noFix: true },
      { text: 'Ich habe Frau K. einen Platz im Kurs angeboten; Anmeldung bis 15.06.2026.', section: 'schritte', noFix: true },
      // blind corpus 18: first name, "die junge Frau"; "sich" of a formal 2nd verb; "die Oma"; "ihr Mann"; "dieser"; bare "ihr"
      { text: 'Jonas bewirbt sich bis Ende März auf drei Ausbildungsstellen.', section: 'schritte', noFix: true },
      { text: 'Die junge Frau meldet sich bis Freitag bei der Jugendberufsagentur.', section: 'schritte', noFix: true },
      { text: 'Sie nehmen am Kurs teil und melden sich bei Krankheit ab.', section: 'schritte', fixed: 'Ich nehme am Kurs teil und melde mich bei Krankheit ab.' },
      { text: 'Frau L. klärt, ob die Oma die Kinder am Nachmittag abholen kann.', section: 'schritte', fixed: 'Ich kläre, ob die Oma meine Kinder am Nachmittag abholen kann.' },
      { text: 'Kd. meldet sich bei der Familienkasse; die Geburtsurkunde bringt ihr Mann mit.', section: 'schritte', noFix: true },
      { text: 'Die Ärztin stellt für den Kunden ein Attest aus, das dieser beim JC abgibt.', section: 'dritte', noFix: true },
      { text: 'Herr E. zieht zum 01.07. in die Bergstr. 3, 34117 Kassel um und ist ab dann nur dort erreichbar.', section: 'sonstiges', noFix: true },
      { text: 'Frau K. sagt danach Bescheid, was ihr gefallen hat.', section: 'schritte', noFix: true },
      { text: 'Frau K. prüft mit ihr Möglichkeiten einer Teilzeitausbildung.', section: 'schritte', noFix: true },
      // someone's judgement said as theirs is not the client's sentence
      { text: 'Herr Schwarz ist aus Sicht der IFK derzeit nicht vermittelbar (Wohnungslosigkeit).', section: 'sonstiges', noFix: true },
      // the client addressed as "Sie" after the verb takes its verb; elsewhere in a sentence flagged without a fix
      { text: 'Bei Verschlechterung des Gesundheitszustands informieren Sie bitte umgehend Ihre Ansprechpartnerin.', section: 'schritte', fixed: 'Bei Verschlechterung des Gesundheitszustands informiere ich umgehend meine Ansprechpartnerin.' },
      { text: 'Wenn Sie einen Termin nicht wahrnehmen können, sagen Sie bitte vorher ab.', section: 'schritte', noFix: true },
      { text: 'Sie erhalten von uns einen Gutschein für ein Coaching.', section: 'jobcenter', noFix: true },
      // "für" someone in others' sentences is the client; "vermitteln" takes its case from what follows the person
      { text: 'Das Jobcenter übernimmt für Herrn Krüger die Kosten für den Staplerschein.', section: 'jobcenter', fixed: 'Das Jobcenter übernimmt für mich die Kosten für den Staplerschein.' },
      { text: 'Das Jobcenter vermittelt Herrn R. an die Schuldnerberatung.', section: 'jobcenter', fixed: 'Das Jobcenter vermittelt mich an die Schuldnerberatung.' },
      { text: 'Das Jobcenter vermittelt Herrn R. einen Platz im Kurs.', section: 'jobcenter', fixed: 'Das Jobcenter vermittelt mir einen Platz im Kurs.' },
      // a "sich" of a main clause of its own stays; a bare plural is anyone's; a demonstrative of a thing stays
      { text: 'Frau A. meldet sich bis zum 30.04. bei der Reha-Beratung, sonst verzögert sich ihr Antrag.', section: 'schritte', fixed: 'Ich melde mich bis zum 30.04. bei der Reha-Beratung, sonst verzögert sich mein Antrag.' },
      { text: 'Frau Weber möchte sich mit einer Tagespflege für Kinder selbständig machen.', section: 'ziel', fixed: 'Ich möchte mich mit einer Tagespflege für Kinder selbständig machen.' },
      { text: 'Herr K. reicht den Bescheid ein, sobald dieser vorliegt.', section: 'schritte', fixed: 'Ich reiche den Bescheid ein, sobald dieser vorliegt.' },
      // no fix: a request left beside "ich"; "diese" for the client; "ihm" for the client left in a clause of its own
      { text: 'Herr M. bewirbt sich auf Stellen als Lagerhelfer, Nachweise bitte zum nächsten Termin mitbringen.', section: 'schritte', noFix: true },
      { text: 'Der Arbeitgeber-Service stellt Arbeitgebern das Profil der Kundin vor, sofern diese einverstanden ist.', section: 'jobcenter', noFix: true },
      { text: 'Die DRV prüft den Reha-Antrag von Herrn Z.; das Ergebnis wird ihm schriftlich mitgeteilt.', section: 'dritte', noFix: true },
      // right after a verb done to people, the client's pronoun is its object — unless she is one of two
      { text: 'Die DRV prüft den Reha-Antrag von Herrn Z. und teilt ihm das Ergebnis mit.', section: 'dritte', fixed: 'Die DRV prüft meinen Reha-Antrag und teilt mir das Ergebnis mit.' },
      { text: 'Das Jobcenter prüft, ob Herr W. die Voraussetzungen erfüllt, und informiert ihn bis 30.06.2026.', section: 'jobcenter', fixed: 'Das Jobcenter prüft, ob ich die Voraussetzungen erfülle, und informiert mich bis 30.06.2026.' },
      { text: 'Die Schuldnerberatung hilft Frau S. bei den Verhandlungen und begleitet sie zum Termin am 18.03.2026.', section: 'dritte', fixed: 'Die Schuldnerberatung hilft mir bei den Verhandlungen und begleitet mich zum Termin am 18.03.2026.' },
      { text: 'Die Schuldnerberatung berät Frau S. und ihren Mann und begleitet sie zum Termin.', section: 'dritte', noFix: true },
      // the formal request: a second verb with its own "Sie", "ihn" of a thing, a modal with "Ihr …", the job centre's second verb
      { text: 'Bitte reichen Sie die Unterlagen ein und teilen Sie Änderungen sofort mit.', section: 'schritte', fixed: 'Ich reiche die Unterlagen ein und teile Änderungen sofort mit.' },
      { text: 'Bitte reichen Sie den Bescheid ein, sobald Sie ihn erhalten haben.', section: 'schritte', fixed: 'Ich reiche den Bescheid ein, sobald ich ihn erhalten habe.' },
      { text: 'Sie möchten wieder in Ihrem erlernten Beruf als Lehrerin tätig sein.', section: 'ziel', fixed: 'Ich möchte wieder in meinem erlernten Beruf als Lehrerin tätig sein.' },
      { text: 'Wir übernehmen die Kosten für Ihre Bewerbungsfotos und senden Ihnen monatlich Stellenvorschläge zu.', section: 'jobcenter', fixed: 'Das Jobcenter übernimmt die Kosten für meine Bewerbungsfotos und sendet mir monatlich Stellenvorschläge zu.' },
      // blind corpus 20: a misspelt verb, "oder sich … aufhält", "der Kundin" a dative, an event's date, "und langfristig …", "er … ihn"
      { text: 'Herr P. bewirbt sich monatlich auf 8 Stellen und weisst seine Bemühungen bis zum 5. des Folgemonats nach.', section: 'schritte', noFix: true },
      { text: 'Herr O. informiert das Jobcenter, sobald er eine Arbeit aufnimmt, umzieht oder sich länger auswärts aufhält.', section: 'schritte', noFix: true },
      { text: 'Es wurde besprochen, dass der Kundin die Betreuung durch die Großmutter nur bis Juni zur Verfügung steht.', section: 'sonstiges', fixed: 'Es wurde besprochen, dass mir die Betreuung durch die Großmutter nur bis Juni zur Verfügung steht.' },
      { text: 'Erreichen eines regelmäßigen Tagesablaufs nach der Entlassung am 14.02.', section: 'zwischenziel', fixed: 'Ich möchte nach der Entlassung am 14.02. einen regelmäßigen Tagesablauf erreichen.' },
      { text: 'Stabilisierung der Wohnsituation und langfristig Rückkehr in den erlernten Beruf.', section: 'ziel', noFix: true },
      { text: 'Der Kunde legt den Bescheid vor, sobald er ihn erhält.', section: 'schritte', fixed: 'Ich lege den Bescheid vor, sobald ich ihn erhalte.' },
      { text: 'Der Kunde legt den Bescheid vor, sobald er ihn erhält; der Betreuer hilft ihm beim Widerspruch.', section: 'schritte', noFix: true },
      // who receives in the job centre's heading is the client (not beside the job centre's "uns"); a bare "Kundin" as an
      // object; her name in the genitive, and an "ihm" under someone else's subject, flagged without a fix
      { text: 'Herr F. erhält einen Gutschein für ein Coaching beim Träger Lebenswege.', section: 'jobcenter', fixed: 'Ich erhalte einen Gutschein für ein Coaching beim Träger Lebenswege.' },
      { text: 'Frau M. erhält von uns einen Gutschein für ein Coaching.', section: 'jobcenter', noFix: true },
      { text: 'Frau W. erhält einen Gutschein für ein Coaching; die Fahrtkosten werden ihr erstattet.', section: 'jobcenter', noFix: true },
      { text: 'Frau Berger berät Kundin zur Teilzeitausbildung.', section: 'jobcenter', fixed: 'Frau Berger berät mich zur Teilzeitausbildung.' },
      { text: 'Das Jobcenter übernimmt die Fahrtkosten für Frau N.s Termine.', section: 'jobcenter', noFix: true },
      { text: 'Der Bewährungshelfer Herr K. begleitet ihn zum ersten Termin.', section: 'dritte', noFix: true },
      { text: 'Herr K. ist mit dem Vorschlag nicht einverstanden, siehe Vermerk vom 22.01.', section: 'sonstiges', noFix: true },
      // blind corpus 21: "beide", a second genitive, a date torn from its time, "damit er" after "ihn"; a passive's second verb
      { text: 'Sie melden sich beide bis 15.03.2026 bei der Agentur für Arbeit.', section: 'schritte', noFix: true },
      { text: 'Vorlage des Ausweises bzw. des Bescheids vom Versorgungsamt bis Ende März', section: 'schritte', noFix: true },
      { text: 'Teilnahme am Infotag Umschulung am Do, 12.03., 10 Uhr', section: 'schritte', noFix: true },
      { text: 'Die Schuldnerberatung unterstützt ihn bei seinen Schulden, damit er sich auf die Ausbildung konzentrieren kann.', section: 'dritte', noFix: true },
      { text: 'Sie werden vom Träger in ein Praktikum vermittelt und nehmen dieses wahr.', section: 'schritte', fixed: 'Ich werde vom Träger in ein Praktikum vermittelt und nehme dieses wahr.' },
      // blind corpus 22: "du" left, "ihr" before an article, a first name left for "ihn", "Ihr Sohn" after her sentence, a range
      { text: 'Sie melden sich bis zum 10.04. für den Test an und bringst deine Zeugnisse mit.', section: 'schritte', noFix: true },
      { text: 'Kd. sucht sich ein Praktikum, um herauszufinden, ob ihr der Beruf gefällt.', section: 'schritte', noFix: true },
      { text: 'Die Mutter von Justin begleitet ihn zu Vorstellungsgesprächen.', section: 'dritte', noFix: true },
      { text: 'Frau H. möchte in Teilzeit arbeiten. Ihr Sohn Leon besucht ab August die Kita.', section: 'ziel', noFix: true },
      { text: 'Teilnahme am Training beim Träger ALBIS vom 02.–13.11.2026', section: 'schritte', fixed: 'Ich nehme vom 02.–13.11.2026 am Training beim Träger ALBIS teil.' },
    ],
    clean: [
      { text: 'Ich möchte als Kraftfahrer arbeiten.', section: 'ziel' },
      { text: 'Ich suche eine Stelle als Verkäufer für Herrenmode.', section: 'schritte' },
      { text: 'Ich rufe Frau Lindner bis zum 20.03.2026 an.', section: 'schritte' },
      { text: 'Ich kann nur vormittags arbeiten, weil meine Mutter krank ist und sie mich braucht.', section: 'sonstiges' },
      { text: 'Dieser Plan ist nicht rechtlich bindend.', section: 'sonstiges' },
      // a passive done by someone else is not the client's to say
      { text: 'Die Miete wird vom Jobcenter direkt an den Vermieter überwiesen.', section: 'sonstiges' },
      { text: 'Herr Schäfer schickt mir jeden Montag Stellenangebote.', section: 'jobcenter' },
      { text: 'Stellenvorschläge per Post.', section: 'jobcenter' },
      { text: 'Unterstützung bei der Anerkennung.', section: 'jobcenter' },
      { text: 'Die Schuldnerberatung der Diakonie hilft mir bei einem Plan für meine Schulden.', section: 'dritte' },
      { text: 'Offen: Kinderbetreuung – Klärung bis zum 15.04.2026 mit dem Jugendamt.', section: 'sonstiges' },
      { text: 'Mein Sohn geht ab August in die Kita.', section: 'sonstiges' },
      { text: 'Wir suchen gemeinsam einen passenden Kurs.', section: 'schritte' },
      { text: 'Aus diesem Plan ergeben sich keine Pflichten mit Rechtsfolgen.', section: 'sonstiges' },
      { text: 'Frau Lindner ruft mich an, sobald sie die Unterlagen hat.', section: 'jobcenter' },
      { text: 'Herr Schäfer vereinbart bis zum 20.03.2026 einen Termin mit Frau Demir vom Ärztlichen Dienst.', section: 'jobcenter' },
      { text: 'Frau Lindner ruft mich an. Sie schickt mir dann die Unterlagen.', section: 'jobcenter' },
      { text: 'Ich gebe die Unterlagen bis Freitag bei Frau Demir ab.', section: 'schritte' },
      { text: 'Ich spreche bis zum 20.03.2026 mit Herrn Schäfer über meine Bewerbungen.', section: 'schritte' },
      // "Sie" with a plural verb and the client as "mich": the things just named, not the client addressed
      { text: 'Die Schuldnerberatung und die Suchtberatung bezahlt die Stadt. Sie kosten mich nichts.', section: 'sonstiges' },
      // "er" means the son named before; a child's day ("kommt in die Schule") is not the client's
      { text: 'Mein Sohn ist vier Jahre alt; er geht ab August in die Kita.', section: 'sonstiges' },
      { text: 'Er kommt im August in die Schule.', section: 'sonstiges' },
      // a colleague named in a clause about her own work is not the client; nor is a young person the client helps
      { text: 'Herr Schäfer klärt bis zum 20.03.2026, ob Frau Lindner den Termin übernimmt.', section: 'jobcenter' },
      { text: 'Ich helfe dem Jugendlichen aus meiner Nachbarschaft bei den Hausaufgaben.', section: 'sonstiges' },
      // "er" of a thing named before, where no sentence before had the client as its subject
      { text: 'Dieser Plan gilt bis Ende Juni. Er wird dann gemeinsam überprüft.', section: 'sonstiges' },
      // the job centre's own impersonal duty in its own heading is not given to the client
      { text: 'Die Kinderbetreuung ist bis zum Kursbeginn sicherzustellen.', section: 'jobcenter' },
      // a doctor named with her title after "für" is not the client; nor a colleague by her full name in the genitive
      { text: 'Frau Lindners Team prüft den Antrag bis zum 20.03.2026.', section: 'jobcenter' },
      { text: 'Die Praxis schickt den Befundbericht für Dr. Berger bis zum 12.05.2026.', section: 'dritte' },
    ],
  },
};
export default rule;
