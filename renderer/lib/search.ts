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

/** Folded names and phone digits, worked out once per client object (a list is searched per key). */
const prepared = new WeakMap<Searchable, { name: string; digits: string }>();
function preparedOf(client: Searchable): { name: string; digits: string } {
  let found = prepared.get(client);
  if (!found) {
    found = { name: fold(`${client.givenName} ${client.familyName}`), digits: digitsOf(client.phone) };
    prepared.set(client, found);
  }
  return found;
}

/** The test for one query, its words folded once, to run over a whole list. */
export function clientMatcher(query: string): (client: Searchable) => boolean {
  const trimmed = query.trim();
  if (trimmed === '') return () => true;
  const words = fold(trimmed)
    .split(/[\s,]+/)
    .filter(Boolean);
  const digits = phoneLike.test(trimmed) ? digitsOf(trimmed) : '';
  return (client) => {
    const { name, digits: phone } = preparedOf(client);
    if (words.length > 0 && words.every((word) => name.includes(word))) return true;
    return digits !== '' && phone.includes(digits);
  };
}

export function matchesClient(client: Searchable, query: string): boolean {
  return clientMatcher(query)(client);
}

/** Names compared the way a person reads them: case- and accent-insensitive, numbers in order. */
export const compareText = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }).compare;

/** Family name first, then given name, matching the "Family, Given" shown in the list. */
export function compareByName(a: Searchable, b: Searchable): number {
  return compareText(a.familyName || a.givenName, b.familyName || b.givenName) || compareText(a.givenName, b.givenName);
}
