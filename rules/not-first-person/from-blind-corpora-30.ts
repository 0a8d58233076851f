/**
 * Examples of the not-first-person rule from blind corpus 30's first reading and the goals left unfixed in corpora 6–29.
 * Each is a construction, with the exact fixed text or no fix; they run with the rule's other examples
 * (tests/rule-examples.test.ts). The earlier ones are in from-blind-corpora.ts, -25.ts and -26.ts.
 */
import type { EntryExample } from '../../core/rule';

export const FROM_BLIND_CORPORA_30: EntryExample[] = [
  // going into work, back to it and taking it up again, as goals: the verb behind the noun, "wieder" where the noun
  // carries it, a season as a time put first
  { text: 'Einstieg in eine sozialversicherungspflichtige Beschäftigung im Einzelhandel ab Sommer 2026.', section: 'ziel', fixed: 'Ich möchte ab Sommer 2026 in eine sozialversicherungspflichtige Beschäftigung im Einzelhandel einsteigen.' },
  { text: 'Arbeitsaufnahme in Vollzeit, vorrangig im Einzelhandel', section: 'ziel', fixed: 'Ich möchte eine Arbeit in Vollzeit aufnehmen, vorrangig im Einzelhandel.' },
  { text: 'Wiedereinstieg in den Beruf ab 01.03.2027', section: 'schritte', fixed: 'Ich steige ab 01.03.2027 wieder in den Beruf ein.' },
  { text: 'Wiederaufnahme der Tätigkeit als Busfahrerin ab Frühjahr 2027', section: 'ziel', fixed: 'Ich möchte die Tätigkeit als Busfahrerin ab Frühjahr 2027 wieder aufnehmen.' },
  // a second goal after "und" or a comma with an adverb of what comes next, each with its own verb; a reflexive stays
  // before the adverb; in a step the adverb goes after the verb
  { text: 'Stabilisierung der Wohnsituation und langfristig Rückkehr in den erlernten Beruf als Maler und Lackierer.', section: 'ziel', fixed: 'Ich möchte meine Wohnsituation stabilisieren und langfristig in den erlernten Beruf als Maler und Lackierer zurückkehren.' },
  { text: 'Verbesserung der Deutschkenntnisse auf B2-Niveau, danach Anerkennung des syrischen Abschlusses als Bauingenieur', section: 'ziel', fixed: 'Ich möchte meine Deutschkenntnisse auf B2-Niveau verbessern und danach den syrischen Abschluss als Bauingenieur anerkennen lassen.' },
  { text: 'Erwerb des Staplerscheins während der Maßnahme, danach Vorstellung bei 3 Logistikfirmen.', section: 'zwischenziel', fixed: 'Ich möchte den Staplerschein während der Maßnahme erwerben und mich danach bei 3 Logistikfirmen vorstellen.' },
  { text: 'Teilnahme am Bewerbungstraining und anschließend Vorlage der Teilnahmebescheinigung bis 15.01.2027.', section: 'schritte', fixed: 'Ich nehme am Bewerbungstraining teil und lege anschließend die Teilnahmebescheinigung bis 15.01.2027 vor.' },
  { text: 'Wahrnehmung aller Termine beim Träger und Entschuldigung bei Krankheit', section: 'schritte', fixed: 'Ich nehme alle Termine beim Träger wahr und entschuldige mich bei Krankheit.' },
  // (a second one that cannot be rewritten leaves the whole without a fix)
  { text: 'Stabilisierung der psychischen Gesundheit und Heranführung an den Arbeitsmarkt', section: 'ziel', noFix: true },
  // an impersonal duty with a bare infinitive step after its comma: no fix (the step would hang on her sentence); a
  // clause of its own after the comma stays
  { text: 'Änderungen beim Verdienst sind unverzüglich mitzuteilen, Lohnabrechnungen monatlich einreichen.', section: 'schritte', noFix: true },
  { text: 'Eine AU ist ab dem ersten Tag vorzulegen, sonst entfällt der Anspruch.', section: 'schritte', fixed: 'Ich lege eine AU ab dem ersten Tag vor, sonst entfällt der Anspruch.' },
  // a list whose items are joined by semicolons, each with its dash: the dashes stay before the items, each opens with
  // a capital
  { text: '- Lebenslauf aktualisieren; - Online-Profil bei der Jobbörse anlegen', section: 'schritte', fixed: '- Ich aktualisiere meinen Lebenslauf; - Ich lege mein Online-Profil bei der Jobbörse an.' },
  // "er" left as the subject of a relative clause in a later part, with no other man named: half done, no fix
  { text: 'Hr. Petrović ist motiviert, als Berufskraftfahrer zu arbeiten; hierfür ist zunächst der Führerschein C/CE erforderlich, den er über einen Bildungsgutschein erwerben will.', section: 'ziel', noFix: true },
  // a condition put first with "sollte", the client its subject and again the subject after the main clause's verb:
  // "Sollte ich …"; addressed as "Sie" too; not where the main clause's "sie" is an object
  { text: 'Sollte Herr K. vor Ablauf der AGH eine Stelle finden, kann er die Maßnahme jederzeit beenden.', section: 'sonstiges', fixed: 'Sollte ich vor Ablauf der AGH eine Stelle finden, kann ich die Maßnahme jederzeit beenden.' },
  { text: 'Sollten Sie erkranken, müssen Sie uns ab dem ersten Tag eine AU vorlegen.', section: 'sonstiges', fixed: 'Sollte ich erkranken, muss ich dem Jobcenter ab dem ersten Tag eine AU vorlegen.' },
  { text: 'Sollte Frau M. die Stelle bekommen, unterstützt sie ihr Mann bei der Kinderbetreuung.', section: 'sonstiges', noFix: true },
  // an entry of the job centre's that opens with the client as the one given something, his possessive made "mein"; not
  // with another word of his left that would need its own form
  { text: 'Ihm wird ein Platz in der Maßnahme „AktivZeit 50+“ (Träger: BBQ, Ansprechpartner Hr. Ferreira) angeboten.', section: 'jobcenter', fixed: 'Mir wird ein Platz in der Maßnahme „AktivZeit 50+“ (Träger: BBQ, Ansprechpartner Hr. Ferreira) angeboten.' },
  { text: 'Ihnen wird ein Zuschuss bis max. 5.000 € in Aussicht gestellt, sofern der Businessplan positiv bewertet wird.', section: 'jobcenter', fixed: 'Mir wird ein Zuschuss bis max. 5.000 € in Aussicht gestellt, sofern der Businessplan positiv bewertet wird.' },
  { text: 'Ihm werden seine Fahrtkosten erstattet.', section: 'jobcenter', fixed: 'Mir werden meine Fahrtkosten erstattet.' },
  { text: 'Ihm wird ein Platz im Kurs angeboten, sobald er den Antrag gestellt hat.', section: 'jobcenter', noFix: true },
  // a note's date after its infinitive, read before it; a later item after a dash that only says how much or by when
  // stays as it is; a dash inside a quoted title cuts nothing
  { text: 'Kontoauszüge einreichen bis Ende Januar 2027.', section: 'schritte', fixed: 'Ich reiche meine Kontoauszüge bis Ende Januar 2027 ein.' },
  { text: 'Bewerbungen schreiben bis 15.01.2027 – mind. 3 an Betriebe im Handwerk.', section: 'schritte', fixed: 'Ich schreibe Bewerbungen bis 15.01.2027 – mind. 3 an Betriebe im Handwerk.' },
  { text: 'Teilnahme an der Maßnahme „Mama plus – Teilzeitcoaching“ beim Bildungswerk Nord ab 11.01.2027', section: 'schritte', fixed: 'Ich nehme ab 11.01.2027 an der Maßnahme „Mama plus – Teilzeitcoaching“ beim Bildungswerk Nord teil.' },
  // a bare object a genitive names is that one ("die …"), not a copy of it
  { text: 'Schuldnerberatung der Caritas anrufen und Erstgespräch vereinbaren – bis 18.12.26', section: 'schritte', fixed: 'Ich rufe die Schuldnerberatung der Caritas an und vereinbare ein Erstgespräch – bis 18.12.26.' },
  { text: 'Kopie des Kontovertrags im Jobcenter abgeben', section: 'schritte', fixed: 'Ich gebe eine Kopie des Kontovertrags im Jobcenter ab.' },
  // a bare object one letter away from one of her own things is the note's slip: "einen" or "meinen" is not sure; what
  // one "erhält" may be kept or received
  { text: 'Lebnslauf aktualisieren und an Hr. Yilmaz per Mail schicken', section: 'schritte', noFix: true },
  { text: 'Wohnung erhalten, Räumungsklage abwenden', section: 'ziel', noFix: true },
  // a part that goes on about her by pronoun only, after one with her as its subject: her object, dative, possessive
  // and subject pronouns become hers, the subject's verb with them; not where someone else of her gender is named
  // before (what she is, "ist Vater", is not someone else), nor with a "sich"
  { text: 'Hr. Ibrahimović ist Vater einer 1-jährigen Tochter; eine Ausbildung in Teilzeit wäre für ihn daher sinnvoll.', section: 'sonstiges', fixed: 'Ich bin Vater einer 1-jährigen Tochter; eine Ausbildung in Teilzeit wäre für mich daher sinnvoll.' },
  { text: 'Fr. Meier ist z. Zt. in der 28. SSW; eine Arbeitsaufnahme ist ihr lt. ärztl. Attest nicht zumutbar.', section: 'sonstiges', fixed: 'Ich bin z. Zt. in der 28. SSW; eine Arbeitsaufnahme ist mir lt. ärztl. Attest nicht zumutbar.' },
  { text: 'Hr. B. strebt eine Umschulung an; vorher beendet seine Frau ihre Elternzeit, damit er die Umschulung in Vollzeit machen kann.', section: 'ziel', fixed: 'Ich strebe eine Umschulung an; vorher beendet meine Frau ihre Elternzeit, damit ich die Umschulung in Vollzeit machen kann.' },
  { text: 'Fr. W. sucht Stellen als Fachkraft; ihren Minijob kündigt sie erst, wenn sie einen Arbeitsvertrag hat.', section: 'schritte', fixed: 'Ich suche Stellen als Fachkraft; meinen Minijob kündige ich erst, wenn ich einen Arbeitsvertrag habe.' },
  { text: 'Fr. B. bringt zum nächsten Termin ihre Tochter Jana mit; sie ist ebenfalls leistungsberechtigt.', section: 'sonstiges', noFix: true },
  { text: 'Hr. K. spricht mit seinem Bruder; er meldet sich danach beim Jobcenter.', section: 'schritte', noFix: true },
  // a noun by its ending stays a noun when it moves inside the sentence ("schichtbereitschaft" had been the fix), her
  // readiness is hers; the place after an office's short form belongs to its name, so the later verb takes the object
  { text: 'Lebenslauf aktualisieren, Schichtbereitschaft (Früh/Spät) angeben', section: 'schritte', fixed: 'Ich aktualisiere meinen Lebenslauf und gebe meine Schichtbereitschaft (Früh/Spät) an.' },
  { text: 'Lebenslauf aktualisieren und an die AWO Köln schicken', section: 'schritte', fixed: 'Ich aktualisiere meinen Lebenslauf und schicke ihn an die AWO Köln.' },
  { text: 'Businessplan fertigstellen und von der IHK Köln prüfen lassen', section: 'schritte', fixed: 'Ich stelle einen Businessplan fertig und lasse ihn von der IHK Köln prüfen.' },
  // in someone else's heading, the client named in the genitive after a thing ("die Miete des Herrn R.") owns it; a
  // named subject of a clause about what is done for her, in the passive, is her
  { text: 'Das JC zahlt die Miete des Herrn Ramadani ab 04/26 direkt an den Vermieter.', section: 'jobcenter', fixed: 'Das JC zahlt meine Miete ab 04/26 direkt an den Vermieter.' },
  { text: 'Das JC prüft bis 30.04., ob Herr Hamdan über einen Bildungsgutschein gefördert werden kann.', section: 'jobcenter', fixed: 'Das JC prüft bis 30.04., ob ich über einen Bildungsgutschein gefördert werden kann.' },
  // from corpus 31's first reading: a short form of either gender before a passive with a subject of its own is a
  // woman's dative ("Ich werde … ein Termin vermittelt" had been the fix); a room's "Zi." ends no sentence; a note's
  // time after its infinitive with "um" and the hour
  { text: 'Der ELB wird bei Bedarf ein Termin mit der Migrationsberatung vermittelt.', section: 'jobcenter', noFix: true },
  { text: 'Der ELB wird bei der Suche unterstützt.', section: 'jobcenter', fixed: 'Ich werde bei der Suche unterstützt.' },
  { text: 'Termin beim Träger wahrnehmen am 12.01.27 um 9:30', section: 'schritte', fixed: 'Ich nehme den Termin beim Träger am 12.01.27 um 9:30 wahr.' },
  // "soll" made hers: among her steps the step as she does it, under her goals what she wants; not a perfect or a
  // passive infinitive, nor a step with a clause after a comma
  { text: 'Kdin. soll sich bis 31.03. bei der Familienkasse wegen des Kinderzuschlags melden.', section: 'schritte', fixed: 'Ich melde mich bis 31.03. bei der Familienkasse wegen des Kinderzuschlags.' },
  { text: 'Herr Nowak soll bis Ende Januar die Ummeldung beim Bürgeramt erledigen und die neue Meldebescheinigung im JC einreichen.', section: 'schritte', fixed: 'Ich erledige bis Ende Januar die Ummeldung beim Bürgeramt und reiche die neue Meldebescheinigung im JC ein.' },
  { text: 'Kd. soll Deutsch auf Niveau A2 erreichen, um langfristig ohne Dolmetscher Termine wahrnehmen zu können.', section: 'ziel', fixed: 'Ich soll Deutsch auf Niveau A2 erreichen, um langfristig ohne Dolmetscher Termine wahrnehmen zu können.' },
  { text: 'Der Kunde soll den Sprachkurs bis spätestens 31.3.27 wieder begonnen haben.', section: 'zwischenziel', fixed: 'Ich soll den Sprachkurs bis spätestens 31.3.27 wieder begonnen haben.' },
  { text: 'Sie sollten sich auch auf Stellen in Teilzeit bewerben, die nicht genau Ihrem Wunschberuf entsprechen.', section: 'schritte', fixed: 'Ich sollte mich auch auf Stellen in Teilzeit bewerben, die nicht genau meinem Wunschberuf entsprechen.' },
  // in someone else's heading: the client addressed as "Sie" and done for in the passive ("Ich werde …"), not their
  // future with an infinitive; a named client before a plural passive with a plural thing given is its dative
  { text: 'Sie werden von der Migrationsberatung des DRK (Hr. Barzani) beim Ausfüllen der Anträge begleitet.', section: 'dritte', fixed: 'Ich werde von der Migrationsberatung des DRK (Hr. Barzani) beim Ausfüllen der Anträge begleitet.' },
  { text: 'Sie werden von uns zu einem Gespräch eingeladen.', section: 'jobcenter', fixed: 'Ich werde vom Jobcenter zu einem Gespräch eingeladen.' },
  { text: 'Frau Nowak werden die Kosten für die Beglaubigung ihrer Zeugnisse erstattet (bis 150 €).', section: 'jobcenter', fixed: 'Mir werden die Kosten für die Beglaubigung meiner Zeugnisse erstattet (bis 150 €).' },
  // in someone else's heading, a part that goes on about her by pronoun after one that named her; not where someone
  // else of her gender (or an office that may be one) is named before; after a part of hers, one that only says when
  { text: 'Fr. Wójcik erhält vom JC einen AVGS für ein Coaching; die Kinderbetreuungskosten während des Coachings werden ihr erstattet.', section: 'jobcenter', fixed: 'Ich erhalte vom JC einen AVGS für ein Coaching; die Kinderbetreuungskosten während des Coachings werden mir erstattet.' },
  { text: 'Das JC schaltet den ÄD ein, um die Leistungsfähigkeit von Herrn W. festzustellen; das Gutachten wird mit ihm besprochen.', section: 'jobcenter', fixed: 'Das JC schaltet den ÄD ein, um meine Leistungsfähigkeit festzustellen; das Gutachten wird mit mir besprochen.' },
  { text: 'Fr. Rahimi wird von der Wohnungslosenhilfe der Diakonie (Hr. Vogt) bei der Wohnungssuche begleitet; er hilft ihr auch beim Ausfüllen der Anträge.', section: 'dritte', noFix: true },
  { text: 'Fr. Wójcik nimmt vom 11.01. bis 05.02.2027 an der Arbeitserprobung teil; tägl. 8:00–12:30 Uhr.', section: 'schritte', fixed: 'Ich nehme vom 11.01. bis 05.02.2027 an der Arbeitserprobung teil; tägl. 8:00–12:30 Uhr.' },
  // a cause or source put first ("Wegen …", "Aufgrund …", "Lt. …") leaves the client as the subject after the verb; her
  // possessive in it before her name is hers; "von uns" in the job centre's heading is "vom Jobcenter"
  { text: 'Wegen der Pflege seiner Oma kann Herr Yıldız nur vormittags an Maßnahmen teilnehmen.', section: 'sonstiges', fixed: 'Wegen der Pflege meiner Oma kann ich nur vormittags an Maßnahmen teilnehmen.' },
  { text: 'Aufgrund einer Knie-OP ist die Kdin. voraussichtlich bis Ende März krankgeschrieben.', section: 'sonstiges', fixed: 'Aufgrund einer Knie-OP bin ich voraussichtlich bis Ende März krankgeschrieben.' },
  { text: 'Fr. Demir bekommt von uns Stellenvorschläge per Post mind. 1x monatlich.', section: 'jobcenter', fixed: 'Ich bekomme vom Jobcenter Stellenvorschläge per Post mind. 1x monatlich.' },
  // in her own headings, the client's short form as the subject of a clause of its own after a comma or "und", her
  // verb right after it; not a word that only ends like a verb
  { text: 'Ich möchte meinen Führerschein Klasse B machen, Kd. spart dafür monatlich 50 €.', section: 'zwischenziel', fixed: 'Ich möchte meinen Führerschein Klasse B machen, ich spare dafür monatlich 50 €.' },
  { text: 'Ich möchte meinen Führerschein machen, Kd. kümmert sich um seine Anmeldung.', section: 'zwischenziel', fixed: 'Ich möchte meinen Führerschein machen, ich kümmere mich um meine Anmeldung.' },
  { text: 'Kinderbetreuung durch Oma gesichert, Kd. damit ab sofort voll verfügbar.', section: 'sonstiges', noFix: true },
  // the client as the subject of a later item after a dash, her first item a note of hers: each item made hers
  { text: 'Anmeldung zum Alphabetisierungskurs bei der Caritas (Kurs ab KW 3) – ELB bringt dazu Aufenthaltstitel und Schulzeugnisse mit.', section: 'schritte', fixed: 'Ich melde mich zum Alphabetisierungskurs bei der Caritas an (Kurs ab KW 3) – ich bringe dazu Aufenthaltstitel und Schulzeugnisse mit.' },
  { text: 'Stabilisierung der Wohnsituation – Kd. lebt derzeit bei Freunden', section: 'zwischenziel', fixed: 'Ich möchte meine Wohnsituation stabilisieren – ich lebe derzeit bei Freunden.' },
];
