/**
 * Test support: whether typed text prints isolated. Given the static markup of a printed page,
 * lists each place where `text` is printed without being the direct content of a <bdi>, with a
 * little of the markup around it. Attributes and a <textarea>'s text (an editing box, its own
 * bidi paragraph, kept off paper) are not printed, so they are passed over.
 */
export function unisolated(html: string, text: string): string[] {
  const found: string[] = [];
  for (let at = html.indexOf(text); at >= 0; at = html.indexOf(text, at + text.length)) {
    const open = html.lastIndexOf('<', at);
    if (open > html.lastIndexOf('>', at)) continue; // inside a tag: an attribute, not printed
    const tag = html.slice(open, html.indexOf('>', open) + 1);
    if (tag.startsWith('<textarea')) continue;
    const next = html.indexOf('<', at);
    if (!/^<bdi[\s>]/.test(tag) || !html.startsWith('</bdi>', next)) {
      found.push(html.slice(Math.max(0, open - 40), next + 10));
    }
  }
  return found;
}

/** How often `text` is printed (outside tags). */
export function printedCount(html: string, text: string): number {
  let count = 0;
  for (let at = html.indexOf(text); at >= 0; at = html.indexOf(text, at + text.length)) {
    if (html.lastIndexOf('<', at) <= html.lastIndexOf('>', at)) count += 1;
  }
  return count;
}
