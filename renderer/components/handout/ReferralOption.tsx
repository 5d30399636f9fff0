import { useId } from 'react';

/**
 * On screen only (never printed): the choice to shade, on the sheet, where the points' pain is
 * often felt, from the referral atlas. Unticked at first; disabled, with the reason, when the
 * atlas has none of the points' muscles and sides.
 */
export function ReferralOption({
  checked,
  onChange,
  available,
  hasPoints,
  disabled,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** True when the atlas has a referral pattern for at least one of the points. */
  available: boolean;
  hasPoints: boolean;
  /** True while the sheet is being printed or saved. */
  disabled: boolean;
}) {
  const reasonId = useId();
  const reason = available
    ? null
    : hasPoints
      ? 'None of these points is in the referral atlas.'
      : 'There are no points to press on this sheet.';
  return (
    <div className="handout-options">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={checked && available}
          disabled={!available || disabled}
          aria-describedby={reason ? reasonId : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        Show where these points can send pain
      </label>
      {reason && (
        <span id={reasonId} className="handout-options__reason">
          {reason}
        </span>
      )}
    </div>
  );
}
