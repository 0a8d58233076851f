import { checkPlan, loadLanguage } from './lib/checker';
await loadLanguage();
const cases: [string,string][] = [
 ['schritte','Beantragung von Wohngeld bis zum 30.04.2026.'],
 ['schritte','Vorlage von Nachweisen über die Eigenbemühungen.'],
 ['schritte','Erstellung eines Lebenslaufs mit Hilfe des Trägers.'],
 ['schritte','Erstellung einer vollständigen Bewerbungsmappe bis Ende März.'],
 ['schritte','Durchführung von Bewerbungstrainings.'],
 ['schritte','Kontaktaufnahme mit der Schuldnerberatung bis zum 20.03.2026.'],
 ['schritte','Wahrnehmung aller Termine beim Jobcenter.'],
 ['schritte','Einreichung der Unterlagen beim Jobcenter.'],
 ['schritte','Anmeldung bei der Agentur für Arbeit.'],
 ['ziel','Aufnahme einer sozialversicherungspflichtigen Beschäftigung.'],
 ['ziel','Ausbildung zur Pflegefachfrau.'],
 ['zwischenziel','Abschluss des Integrationskurses bis Juni.'],
 ['zwischenziel','Erwerb des Führerscheins Klasse B.'],
 ['schritte','Suche nach einer Wohnung in Köln.'],
 ['schritte','Regelmäßige Teilnahme an den Beratungsgesprächen.'],
 ['schritte','Der Kunde bewirbt sich auf die Stelle bei Aldi und stellt sich am 12.03.2026 vor.'],
 ['schritte','Die Kundin ist verpflichtet, ihre Nachweise vorzulegen.'],
 ['schritte','Herr Kaya hat an dem Kurs erfolgreich teilgenommen.'],
 ['schritte','Die Kundin muss sich bis zum 20.03.2026 bei der Kita melden.'],
 ['sonstiges','Frau Nguyen kann wegen ihrer Kinder nur vormittags arbeiten.'],
 ['sonstiges','Er hat einen Führerschein der Klasse B und ein eigenes Auto.'],
 ['schritte','Sie sucht sich bis Ende April einen Minijob.'],
 ['schritte','Der Kunde liest die Stellenanzeigen in der Zeitung und ruft bei den Firmen an.'],
 ['schritte','Am 15.03.2026 geht die Kundin zur Berufsberatung.'],
 ['schritte','Lebenslauf bis zum 13.03.2026 an Frau Lindner schicken.'],
 ['schritte','Unterlagen vollständig einreichen.'],
 ['schritte','Zu allen Terminen pünktlich erscheinen.'],
 ['schritte','Mit der Schuldnerberatung Kontakt aufnehmen.'],
 ['schritte','Sich bei der Kita nach einem Platz erkundigen.'],
 ['schritte','Seine Unterlagen vervollständigen.'],
 ['jobcenter','Frau Lindner lädt den Kunden bis zum 20.03.2026 zum Gespräch ein.'],
 ['jobcenter','Herr Schäfer informiert die Kundin bis Ende März über Weiterbildungen.'],
 ['dritte','Die Caritas berät den Kunden zu seinen Schulden.'],
 ['schritte','Der Kunde gibt an, dass er gesundheitlich eingeschränkt ist.'],
 ['schritte','Die eLb nimmt ab dem 01.04.2026 an der AGH teil.'],
 ['schritte','Herr Yilmaz und seine Frau suchen eine größere Wohnung.'],
];
for (const [sec, t] of cases) {
  const f = checkPlan({ date: '2026-03-02', sections: { [sec]: [t] } }).findings.find((x) => x.category === 'not-first-person');
  console.log(`${f ? (f.fix ? 'FIX ' : 'flag') : '----'} [${sec}] ${t}\n      → ${f?.fix ? t.slice(0, f.fix.start) + f.fix.text + t.slice(f.fix.end) : ''}`);
}
