import { v7 as uuidv7 } from 'uuid';

interface Sources {
  id: () => string;
  now: () => string;
}

const system: Sources = { id: () => uuidv7(), now: () => new Date().toISOString() };
let sources: Sources = system;

/** A new record id: a UUIDv7, unique across machines and sortable by creation time. */
export function newId(): string {
  return sources.id();
}

/** The current time as ISO-8601 UTC, the only form times are stored in. */
export function nowIso(): string {
  return sources.now();
}

/**
 * Runs `work` with ids and times from the given sources (the benchmark's seeded practice
 * database is made this way, so every run makes the same file). The app never calls this.
 */
export function withIdSources<T>(replacement: Partial<Sources>, work: () => T): T {
  const previous = sources;
  sources = { ...previous, ...replacement };
  try {
    return work();
  } finally {
    sources = previous;
  }
}
