/** The check every backup passes before it is kept under its final name. */
import { KNOTBOOK_APPLICATION_ID } from '../migrations';
import { BackupError } from './errors';
import { readFacts, readFactsSync, type FactsOptions, type FactsOutcome } from './facts';

/** What the source held when the backup was made. */
export interface ExpectedContents {
  schemaVersion: number;
  clients: number;
  sessions: number;
}

/** What a verified backup holds. */
export interface VerifiedContents extends ExpectedContents {
  /** The newest audit_log.at in the backup, or null. */
  lastChangeAt: string | null;
}

const NOT_VERIFIED =
  'The backup did not read back as a good copy of your records, so Knotbook did not keep it. Your records are unchanged; try again, or save the backup on another disk.';

function judge(outcome: FactsOutcome, expected: ExpectedContents): VerifiedContents {
  if ('error' in outcome) throw new BackupError('not_verified', NOT_VERIFIED, `unreadable (${outcome.error})`);
  const { facts } = outcome;
  const fail = (detail: string) => new BackupError('not_verified', NOT_VERIFIED, detail);
  if (facts.applicationId !== KNOTBOOK_APPLICATION_ID) throw fail('application_id');
  if (facts.schemaVersion !== expected.schemaVersion) throw fail('user_version');
  if (facts.intact !== true) throw fail('integrity_check');
  if (facts.clients !== expected.clients) throw fail('clients');
  if (facts.sessions !== expected.sessions) throw fail('sessions');
  return {
    schemaVersion: facts.schemaVersion,
    clients: facts.clients,
    sessions: facts.sessions,
    lastChangeAt: facts.lastChangeAt,
  };
}

/**
 * Checks a written backup through its own read-only connection, in a worker thread: Knotbook's
 * application id, the source's schema version, every page of the copy read and accounted for
 * (facts.ts, the 'pages' check: the copy is SQLite's page-for-page copy of a file the app
 * checks at every start, so what is checked is the writing), and the source's counts of clients
 * and sessions. Rejects with a BackupError ('not_verified', `detail` naming the check); the
 * caller removes the file. `toRollbackJournal` is for a temporary file of ours only.
 */
export async function verifyBackup(
  file: string,
  expected: ExpectedContents,
  options: FactsOptions = {},
): Promise<VerifiedContents> {
  return judge(await readFacts(file, { check: 'pages', ...options }), expected);
}

/**
 * verifyBackup waited for on this thread, which stops its event loop meanwhile: only for the
 * synchronous openDatabase (tests, `npm run serve`); the desktop app uses verifyBackup.
 */
export function verifyBackupSync(
  file: string,
  expected: ExpectedContents,
  options: FactsOptions = {},
): VerifiedContents {
  return judge(readFactsSync(file, { check: 'pages', ...options }), expected);
}
