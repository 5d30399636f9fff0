/** The chart's tools, their one-key shortcuts and their names (toolbar buttons and help). */
export type Tool = 'select' | 'active' | 'latent' | 'satellite' | 'tender' | 'zone' | 'note' | 'erase';

export interface ToolInfo {
  id: Tool;
  label: string;
  key: string;
  hint: string;
}

export const TOOLS: readonly ToolInfo[] = [
  {
    id: 'select',
    label: 'Select and move',
    key: 'V',
    hint: 'Click a mark to select it, drag to move it; drag the body to pan.',
  },
  {
    id: 'active',
    label: 'Active trigger point',
    key: 'A',
    hint: 'Click on the body to place an active trigger point.',
  },
  { id: 'latent', label: 'Latent trigger point', key: 'L', hint: 'Click on the body to place a latent trigger point.' },
  {
    id: 'satellite',
    label: 'Satellite',
    key: 'S',
    hint: 'Select the primary trigger point, then click where its satellite is.',
  },
  { id: 'tender', label: 'Tender point', key: 'T', hint: 'Click on the body to place a tender point.' },
  {
    id: 'zone',
    label: 'Referral zone',
    key: 'Z',
    hint: 'Select a trigger point, then draw where it refers pain: drag to draw freehand, or click corners and double-click (or Enter) to close.',
  },
  { id: 'note', label: 'Note pin', key: 'N', hint: 'Click to pin a note to the chart.' },
  { id: 'erase', label: 'Erase', key: 'E', hint: 'Click a mark or zone to remove it.' },
];

export const toolByKey = new Map(TOOLS.map((t) => [t.key.toLowerCase(), t.id]));
export const toolInfo = (id: Tool): ToolInfo => TOOLS.find((t) => t.id === id) ?? TOOLS[0]!;

/** Key that swaps the referral-zone pattern between essential and spillover. */
export const PATTERN_KEY = 'P';
