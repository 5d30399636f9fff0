/**
 * Text that goes into a file name Knotbook suggests (a PDF of a note, a handout, a progress
 * report). Unicode's invisible direction controls are taken out: one right-to-left override in
 * a client's name would show "Session note - Ana.pdf" as a name ending in something else, and
 * reverse the rest of the name in every file list. Shared by the page, which builds the name,
 * and the main process, which offers it in the save dialog. Pure: no imports.
 */

/**
 * The bidirectional controls: the left-to-right, right-to-left and Arabic letter marks, the
 * embeddings and overrides (U+202A-U+202E) and the isolates (U+2066-U+2069).
 */
const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/** The text without any bidirectional control character. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** A piece of a suggested file name taken from what someone typed: no direction controls, trimmed. */
export function fileNamePart(text: string): string {
  return withoutBidiControls(text).trim();
}
