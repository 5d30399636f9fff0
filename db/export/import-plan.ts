/**
 * What an import would do with each record row of a file, worked out before anything is written:
 * add it (not in the database), leave it (already there, the same), or refuse the import for it
 * (there, but different). Also where each row belongs: its session and its client, read from the
 * file or, for what the file points to without holding it, from the database.
 */
import type { Database } from 'better-sqlite3';
import type { KnotbookExport } from './format';
import { differingColumns, RECORD_TABLES, rowsOf, storedRowFinder, type AnyRow, type RecordTable } from './tables';

export interface TablePlan {
  /** The rows to add, in the file's order, with their place in the file (from 0). */
  rows: AnyRow[];
  numbers: number[];
  /** How many rows the database already has, the same. */
  present: number;
}

export interface Conflict {
  table: RecordTable;
  row: AnyRow;
  /** The database's version of the row. */
  stored: AnyRow;
  columns: string[];
}

export interface ImportPlan {
  tables: Record<RecordTable, TablePlan>;
  conflicts: Conflict[];
}

export function planRecords(db: Database, file: KnotbookExport): ImportPlan {
  const conflicts: Conflict[] = [];
  const tables = {} as Record<RecordTable, TablePlan>;
  for (const table of RECORD_TABLES) {
    const findStored = storedRowFinder(db, table);
    const plan: TablePlan = { rows: [], numbers: [], present: 0 };
    rowsOf(file, table).forEach((row, index) => {
      const stored = findStored(row);
      if (!stored) {
        plan.rows.push(row);
        plan.numbers.push(index);
        return;
      }
      const columns = differingColumns(table, row, stored);
      if (columns.length > 0) conflicts.push({ table, row, stored, columns });
      else plan.present++;
    });
    tables[table] = plan;
  }
  return { tables, conflicts };
}

/** A session as the import's checks need it, from the database or from the file. */
export interface SessionFacts {
  row: AnyRow;
  clientId: string;
  signed: boolean;
}

/**
 * Where rows belong. "Here" is the database before the import; the file's rows are the import's.
 * Lookups in the database are cached: a practice's file asks about the same session many times.
 */
export class Belonging {
  private readonly fileSessions: Map<string, AnyRow>;
  private readonly fileMarks: Map<string, AnyRow>;
  private readonly sessionsHere = new Map<string, SessionFacts | null>();
  private readonly markSessionsHere = new Map<string, string | null>();
  private readonly selectSession;
  private readonly selectMarkSession;

  constructor(db: Database, file: KnotbookExport) {
    this.fileSessions = new Map(rowsOf(file, 'sessions').map((s) => [String(s.id), s]));
    this.fileMarks = new Map(rowsOf(file, 'marks').map((m) => [String(m.id), m]));
    this.selectSession = db.prepare('SELECT id, client_id, started_at, status FROM sessions WHERE id = ?');
    this.selectMarkSession = db.prepare('SELECT session_id FROM marks WHERE id = ?').pluck();
  }

  /** The session as this database has it (before the import), or null. */
  sessionHere(id: string): SessionFacts | null {
    let facts = this.sessionsHere.get(id);
    if (facts === undefined) {
      const row = this.selectSession.get(id) as AnyRow | undefined;
      facts = row ? { row, clientId: String(row.client_id), signed: row.status === 'signed' } : null;
      this.sessionsHere.set(id, facts);
    }
    return facts;
  }

  /** The session as the file has it, or null. */
  sessionInFile(id: string): SessionFacts | null {
    const row = this.fileSessions.get(id);
    return row ? { row, clientId: String(row.client_id), signed: row.status === 'signed' } : null;
  }

  /** The session a row belongs to (a session belongs to itself); null for rows of no session. */
  sessionOf(table: RecordTable, row: AnyRow): string | null {
    switch (table) {
      case 'sessions':
        return String(row.id);
      case 'referral_zones':
        return this.sessionOfMark(String(row.mark_id));
      case 'clients':
      case 'exercises':
        return null;
      default:
        return String(row.session_id);
    }
  }

  /** The client a row belongs to; null for the practice's rows (exercises). */
  clientOf(table: RecordTable, row: AnyRow): string | null {
    if (table === 'clients') return String(row.id);
    const sessionId = this.sessionOf(table, row);
    if (sessionId === null) return null;
    return (this.sessionInFile(sessionId) ?? this.sessionHere(sessionId))?.clientId ?? null;
  }

  private sessionOfMark(markId: string): string | null {
    const inFile = this.fileMarks.get(markId);
    if (inFile) return String(inFile.session_id);
    let sessionId = this.markSessionsHere.get(markId);
    if (sessionId === undefined) {
      sessionId = (this.selectMarkSession.get(markId) as string | undefined) ?? null;
      this.markSessionsHere.set(markId, sessionId);
    }
    return sessionId;
  }
}
