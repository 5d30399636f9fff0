/**
 * Client search: every word of the query must appear in the name (in any order, ignoring case
 * and accents), or, when the query looks like a phone number, its digits must appear in the
 * client's phone digits ("555 01" finds "(555) 0123").
 */

interface Searchable {
  givenName: string;
  familyName: string;
  phone: string;
}

/** Lower case, accents removed: "Zoë" -> "zoe". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

const phoneLike = /^[\d\s+().\-/]+$/;

export function matchesClient(client: Searchable, query: string): boolean {
  const trimmed = query.trim();
  if (trimmed === '') return true;

  const name = fold(`${client.givenName} ${client.familyName}`);
  const words = fold(trimmed)
    .split(/[\s,]+/)
    .filter(Boolean);
  if (words.length > 0 && words.every((word) => name.includes(word))) return true;

  const digits = digitsOf(trimmed);
  return phoneLike.test(trimmed) && digits !== '' && digitsOf(client.phone).includes(digits);
}

/** Names compared the way a person reads them: case- and accent-insensitive, numbers in order. */
export const compareText = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }).compare;

/** Family name first, then given name, matching the "Family, Given" shown in the list. */
export function compareByName(a: Searchable, b: Searchable): number {
  return compareText(a.familyName || a.givenName, b.familyName || b.givenName) || compareText(a.givenName, b.givenName);
}
