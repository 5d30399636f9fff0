import type { ReactNode } from 'react';
import { BackLink } from '../BackLink';
import './printing.css';

interface Props {
  backHref: string;
  backLabel: string;
  /** True in the desktop app, where Export PDF saves a file itself. */
  desktop: boolean;
  exporting: boolean;
  /** True while Print is getting ready (the handout records itself first). */
  printing?: boolean;
  /** What was done last: "Saved as …", "Recorded as given on …". */
  notice: string | null;
  onPrint: () => void;
  onExport: () => void;
  /** Facts about the sheet shown beside the buttons (paper size, when it was given). */
  children?: ReactNode;
}

/** On screen only: back to where the page was opened from, print, export as PDF. */
export function PrintToolbar({
  backHref,
  backLabel,
  desktop,
  exporting,
  printing = false,
  notice,
  onPrint,
  onExport,
  children,
}: Props) {
  return (
    <div className="print-toolbar">
      <BackLink href={backHref}>{backLabel}</BackLink>
      {children && <p className="print-toolbar__facts">{children}</p>}
      <div className="print-toolbar__actions">
        <button type="button" className="button" onClick={onPrint} disabled={printing}>
          {printing ? 'Preparing to print…' : 'Print'}
        </button>
        <button type="button" className="button button--primary" onClick={onExport} disabled={exporting}>
          {exporting ? 'Exporting PDF…' : 'Export PDF'}
        </button>
      </div>
      {!desktop && <p className="print-toolbar__hint">Choose Save as PDF in the print dialog.</p>}
      <p role="status" className="print-toolbar__status">
        {notice}
      </p>
    </div>
  );
}
