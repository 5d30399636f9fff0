import type { ReactNode } from 'react';
import type { Client } from '../../../db/api/contract';
import { formatBirthDate } from '../../lib/format';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  const empty = children === '' || children === null || children === undefined;
  return (
    <div className="details__item">
      <dt>{label}</dt>
      <dd className={empty ? 'details__empty' : undefined}>{empty ? 'Not recorded' : children}</dd>
    </div>
  );
}

export function ClientDetails({ client }: { client: Client }) {
  return (
    <section className="card" aria-labelledby="details-heading">
      <h2 id="details-heading" className="card__heading">
        Details
      </h2>
      <dl className="details">
        <Detail label="Date of birth">{formatBirthDate(client.dateOfBirth)}</Detail>
        <Detail label="Phone">{client.phone}</Detail>
        <Detail label="Email">{client.email}</Detail>
        <Detail label="Address">{client.address && <span className="multiline">{client.address}</span>}</Detail>
        <div className="details__item details__item--wide">
          <dt>Health history</dt>
          <dd className={client.healthHistory ? 'multiline' : 'details__empty'}>
            {client.healthHistory || 'Not recorded'}
          </dd>
        </div>
      </dl>
    </section>
  );
}
