/**
 * What the import says when a file does not fit the format: one plain sentence per problem that
 * names the table, the row (counted from 1, as a person counts) and the column, e.g.
 * "sessions row 3: pain_before must be from 0 to 10".
 */
import type { z } from 'zod';

const MAX_SHOWN = 3;
/** Past this many characters no further problem is named, only counted: a refusal stays short. */
const SHOWN_LENGTH = 200;

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
  null: 'null',
};

/** For the parts of the format without a message of their own (zod's defaults are not ours). */
export const formatErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : `must be ${typeWords[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `must be at least ${issue.minimum} characters`
        : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `must be at most ${issue.maximum} characters`
        : `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return 'is not in the expected format';
    default:
      return undefined;
  }
};

/** The column's own path inside a JSON value: "ndi item 5", "content.points item 2.x". */
function inner(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? ` item ${part + 1}` : `.${String(part)}`;
  return out;
}

/** Where the problem is, and what holds an unknown key and what that key is called there. */
function locate(path: readonly PropertyKey[]): { where: string; owner: string; unknownKey: string } {
  const [first, tableName, row, column, ...rest] = path;
  if (first === undefined) return { where: 'The file', owner: 'The file', unknownKey: 'field' };
  if (first !== 'tables') {
    const where = `The file’s ${String(first)}${inner(path.slice(1))}`;
    return { where, owner: where, unknownKey: 'field' };
  }
  if (tableName === undefined) return { where: 'The file’s tables', owner: 'The file', unknownKey: 'table' };
  if (row === undefined) {
    const where = `The ${String(tableName)} table`;
    return { where, owner: where, unknownKey: 'table' };
  }
  const rowName = `${String(tableName)} row ${typeof row === 'number' ? row + 1 : String(row)}`;
  if (column === undefined) return { where: rowName, owner: rowName, unknownKey: 'column' };
  const where = `${rowName}: ${String(column)}${inner(rest)}`;
  return { where, owner: where, unknownKey: 'field' };
}

export function describeFormatIssue(issue: z.core.$ZodIssue): string {
  const { where, owner, unknownKey } = locate(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const several = issue.keys.length > 1;
    return `${owner} has ${several ? `${unknownKey}s` : `a ${unknownKey}`} Knotbook does not know: ${issue.keys.join(', ')}`;
  }
  return `${where} ${issue.message}`;
}

/** The first few problems as sentences (as many as fit in a short message), and how many more there are. */
export function describeFormatIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown: string[] = [];
  for (const issue of issues.slice(0, MAX_SHOWN)) {
    const sentence = describeFormatIssue(issue);
    const length = shown.reduce((sum, s) => sum + s.length + 2, 0) + sentence.length;
    if (shown.length > 0 && length > SHOWN_LENGTH) break;
    shown.push(sentence);
  }
  const more = issues.length - shown.length;
  const tail = more > 0 ? ` And ${more} more problem${more === 1 ? '' : 's'}.` : '';
  return `${shown.join('. ')}.${tail}`;
}
