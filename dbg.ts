import { checkPlan, loadLanguage } from './lib/checker';
await loadLanguage();
const cases: [string,string][] = [
 ['sonstiges','Der Kunde ist arbeitsuchend gemeldet.'],
 ['sonstiges','Die Kundin hat zwei Kinder im Alter von 3 und 7 Jahren.'],
 ['schritte','Der Kunde wird bis zum 20.03.2026 eine Bewerbung an die Firma Holz schreiben.'],
 ['sonstiges','Er kann ab April in Vollzeit arbeiten.'],
 ['sonstiges','Sie weiß, dass der Plan nicht bindend ist.'],
 ['schritte','Er lässt sich bei der Caritas beraten.'],
 ['schritte','Er sieht sich jede Woche die Stellen in der Jobbörse an.'],
 ['schritte','Die Kundin nimmt sich vor, jeden Tag eine Stunde Deutsch zu lernen.'],
 ['schritte','Der Kunde kümmert sich selbstständig um einen Termin beim Arzt und teilt das Ergebnis mit.'],
 ['schritte','Herr Schmidt bringt zum nächsten Termin seinen Lebenslauf mit.'],
 ['schritte','Frau Öztürk meldet sich bis zum 20.03.2026 telefonisch bei Frau Lindner.'],
 ['schritte','Sie füllt gemeinsam mit ihrer Schwester den Antrag aus.'],
 ['ziel','Der Kunde strebt eine Tätigkeit als Berufskraftfahrer an.'],
 ['ziel','Die Kundin will wieder im Einzelhandel arbeiten.'],
 ['zwischenziel','Der Kunde erwirbt bis Juni den Führerschein Klasse C.'],
 ['sonstiges','Die Kundin ist alleinerziehend und kann nur in Teilzeit arbeiten.'],
 ['sonstiges','Der Kunde spricht gut Deutsch, schreibt aber noch unsicher.'],
 ['schritte','Herr A. nimmt vom 04.05.2026 bis 29.05.2026 am Kurs teil und bringt danach das Zertifikat mit.'],
 ['schritte','Die eLb hat bis zum 13.03.2026 die Unterlagen einzureichen.'],
 ['schritte','Der Kunde sollte sich bei drei Firmen bewerben.'],
 ['schritte','Er schreibt sich bis Ende März für den Kurs ein.'],
 ['schritte','Der Kunde hält Kontakt zum Träger.'],
 ['schritte','Die Kundin sorgt dafür, dass ihr Sohn pünktlich in der Kita ist.'],
 ['sonstiges','Sie möchte, dass ihr Mann bei den Gesprächen dabei ist.'],
];
for (const [sec, t] of cases) {
  const f = checkPlan({ date: '2026-03-02', sections: { [sec]: [t] } }).findings.find((x) => x.category === 'not-first-person');
  console.log(`${f ? (f.fix ? 'FIX ' : 'flag') : '----'} ${t}\n      → ${f?.fix ? t.slice(0, f.fix.start) + f.fix.text + t.slice(f.fix.end) : ''}`);
}
