import type { Balance } from '../checker/balance';

/** The client's steps against the job centre's commitments, with dates and named persons, at a glance. */
export function BalanceView({ balance, idPrefix = '', headingLevel = 2 }: { balance: Balance; idPrefix?: string; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const { client, jobcenter } = balance;
  return (
    <section className="balance" aria-labelledby={`${idPrefix}balance-heading`}>
      <Heading id={`${idPrefix}balance-heading`}>Gleichgewicht</Heading>
      <table>
        <caption className="visually-hidden">Schritte der Kundin oder des Kunden und Zusagen des Jobcenters</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">Meine Schritte</th>
            <th scope="col">Zusagen des Jobcenters</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Einträge</th>
            <td>{client.entries}</td>
            <td>{jobcenter.entries}</td>
          </tr>
          <tr>
            <th scope="row">mit Termin</th>
            <td>
              {client.withTime} von {client.entries}
            </td>
            <td className={jobcenter.withTime < Math.min(1, jobcenter.entries) || (client.withTime > 0 && jobcenter.withTime === 0) ? 'gap' : undefined}>
              {jobcenter.withTime} von {jobcenter.entries}
            </td>
          </tr>
          <tr>
            <th scope="row">mit Namen</th>
            <td>
              {client.withPerson} von {client.entries}
            </td>
            <td className={jobcenter.entries > 0 && jobcenter.withPerson === 0 ? 'gap' : undefined}>
              {jobcenter.withPerson} von {jobcenter.entries}
            </td>
          </tr>
        </tbody>
      </table>
      {client.withTime > 0 && jobcenter.withTime === 0 && (
        <p className="gap-note">Die Schritte der Kundin oder des Kunden haben Termine, die Zusagen des Jobcenters keine.</p>
      )}
    </section>
  );
}
