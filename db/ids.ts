import { v7 as uuidv7 } from 'uuid';

/** A new record id: a UUIDv7, unique across machines and sortable by creation time. */
export function newId(): string {
  return uuidv7();
}

/** The current time as ISO-8601 UTC, the only form times are stored in. */
export function nowIso(): string {
  return new Date().toISOString();
}
