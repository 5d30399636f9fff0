/**
 * A line of print made of our own words and what someone typed (a name, a phone number, a
 * note). The typed parts print isolated (<bdi>, see PrintedText.tsx), so a right-to-left name,
 * or an invisible direction override inside one, cannot reorder the words around it. Pure.
 */

/** Our words as a string; what someone typed as `{ typed }`. */
export type PrintedPart = string | { typed: string };
export type PrintedLine = readonly PrintedPart[];

/** Marks text someone typed. */
export const typed = (text: string): PrintedPart => ({ typed: text });

/** The line as plain text (for labels and tests). */
export function lineText(line: PrintedLine): string {
  return line.map((part) => (typeof part === 'string' ? part : part.typed)).join('');
}

/** The typed pieces with `separator` between them (empty ones left out). */
export function joinTyped(pieces: readonly string[], separator: string): PrintedPart[] {
  return pieces
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .flatMap((p, i) => (i === 0 ? [typed(p)] : [separator, typed(p)]));
}
