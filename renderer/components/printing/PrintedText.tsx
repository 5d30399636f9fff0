/**
 * Printing what someone typed: each piece in its own <bdi> (bidirectional isolation, direction
 * from its own first letter), so a right-to-left override in a client's name, or a name in
 * Arabic or Hebrew, stays inside its piece instead of reversing the rest of the line.
 */
import { Fragment } from 'react';
import type { PrintedLine } from './printed-text';

/** One line of our words and typed pieces, the typed ones isolated. */
export function PrintedText({ line }: { line: PrintedLine }) {
  return (
    <>
      {line.map((part, i) =>
        typeof part === 'string' ? <Fragment key={i}>{part}</Fragment> : <bdi key={i}>{part.typed}</bdi>,
      )}
    </>
  );
}

/** A client's name as two typed pieces, each isolated. */
export function PrintedName({ name }: { name: { givenName: string; familyName: string } }) {
  const parts = [name.givenName.trim(), name.familyName.trim()].filter(Boolean);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && ' '}
          <bdi>{part}</bdi>
        </Fragment>
      ))}
    </>
  );
}
