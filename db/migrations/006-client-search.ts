import type { Migration } from './types';

/** Schema version 6: an index for finding clients by the start of their first name. */
export const migration006: Migration = {
  version: 6,
  name: 'client search by first name',
  up(db) {
    db.exec('CREATE INDEX clients_by_given_name ON clients (given_name COLLATE NOCASE);');
  },
};
