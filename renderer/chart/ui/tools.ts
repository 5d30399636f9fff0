/** The chart's tools, their one-key shortcuts and their names (toolbar buttons and help). */
export type Tool = 'select' | 'active' | 'latent' | 'satellite' | 'tender' | 'zone' | 'note' | 'erase';

export interface ToolInfo {
  id: Tool;
  label: string;
  /** What the toolbar button shows; its accessible name is always the full label. */
  short: string;
  key: string;
  hint: string;
}

export const TOOLS: readonly ToolInfo[] = [
  {
    id: 'select',
    short: 'Select',
    label: 'Select and move',
    key: 'V',
    hint: 'Click a mark to select it, drag to move it; drag the body to pan.',
  },
  {
    id: 'active',
    short: 'Active',
    label: 'Active trigger point',
    key: 'A',
    hint: 'Click on the body to place an active trigger point.',
  },
  {
    id: 'latent',
    short: 'Latent',
    label: 'Latent trigger point',
    key: 'L',
    hint: 'Click on the body to place a latent trigger point.',
  },
  {
    id: 'satellite',
    short: 'Satellite',
    label: 'Satellite',
    key: 'S',
    hint: 'Select the primary trigger point, then click where its satellite is.',
  },
  {
    id: 'tender',
    short: 'Tender',
    label: 'Tender point',
    key: 'T',
    hint: 'Click on the body to place a tender point.',
  },
  {
    id: 'zone',
    short: 'Zone',
    label: 'Referral zone',
    key: 'Z',
    hint: 'Select a trigger point, then draw where it refers pain: drag to draw freehand, or click corners and double-click (or Enter) to close.',
  },
  { id: 'note', short: 'Note', label: 'Note pin', key: 'N', hint: 'Click to pin a note to the chart.' },
  { id: 'erase', short: 'Erase', label: 'Erase', key: 'E', hint: 'Click a mark or zone to remove it.' },
];

export const toolByKey = new Map(TOOLS.map((t) => [t.key.toLowerCase(), t.id]));
export const toolInfo = (id: Tool): ToolInfo => TOOLS.find((t) => t.id === id) ?? TOOLS[0]!;

/** Key that swaps the referral-zone pattern between essential and spillover. */
export const PATTERN_KEY = 'P';
