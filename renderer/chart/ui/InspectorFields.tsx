/**
 * Small fields of the point inspector. Each commits as the therapist types (digits set the value,
 * Tab moves on); a value out of range is explained under the field and not applied.
 */
import { useEffect, useState } from 'react';

interface NumberFieldProps {
  id: string;
  label: string;
  value: number | null;
  min: number;
  max: number;
  /** Decimal places allowed (0 = whole numbers). */
  decimals?: number;
  unit?: string;
  disabled?: boolean;
  onCommit: (value: number | null) => string | null;
}

function parse(text: string, decimals: number): number | null | undefined {
  const t = text.trim().replace(',', '.');
  if (t === '') return null;
  const pattern = decimals > 0 ? new RegExp(`^\\d+(\\.\\d{0,${decimals}})?$`) : /^\d+$/;
  if (!pattern.test(t)) return undefined;
  return Number(t);
}

/** Why `text` is not a number the field takes. */
function formatProblem(label: string, text: string, decimals: number): string {
  if (decimals > 0 && /^\d+[.,]\d+$/.test(text.trim())) {
    return `${label} takes at most ${decimals} ${decimals === 1 ? 'decimal place' : 'decimal places'}`;
  }
  return `${label} must be a ${decimals ? 'number' : 'whole number'}`;
}

export function NumberField({ id, label, value, min, max, decimals = 0, unit, disabled, onCommit }: NumberFieldProps) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState<string | null>(null);
  // The value changed elsewhere (undo, the table): show it, unless the text already means it.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if (parse(text, decimals) !== value) setText(value === null ? '' : String(value));
  }

  const change = (next: string) => {
    setText(next);
    const parsed = parse(next, decimals);
    if (parsed === undefined) return setError(formatProblem(label, next, decimals));
    if (parsed !== null && (parsed < min || parsed > max)) return setError(`${label} must be from ${min} to ${max}`);
    setError(onCommit(parsed));
  };

  return (
    <div className={`inspector-field${error ? ' inspector-field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <span className="inspector-field__control">
        <input
          id={id}
          type="text"
          inputMode={decimals ? 'decimal' : 'numeric'}
          autoComplete="off"
          value={text}
          disabled={disabled}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => change(e.target.value)}
        />
        {unit && <span className="inspector-field__unit">{unit}</span>}
      </span>
      {error && (
        <span id={`${id}-error`} className="inspector-field__error">
          {error}
        </span>
      )}
    </div>
  );
}

interface ChoiceFieldProps<T extends string> {
  id: string;
  label: string;
  value: T | null;
  options: readonly { value: T; label: string }[];
  /** Label of the empty choice; omit to have none. */
  empty?: string;
  disabled?: boolean;
  onCommit: (value: T | null) => void;
}

export function ChoiceField<T extends string>({
  id,
  label,
  value,
  options,
  empty,
  disabled,
  onCommit,
}: ChoiceFieldProps<T>) {
  return (
    <div className="inspector-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        disabled={disabled}
        onChange={(e) => onCommit(e.target.value === '' ? null : (e.target.value as T))}
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

/** Yes / No / not recorded; Y and N pick by keyboard. */
export function YesNoField(props: {
  id: string;
  label: string;
  value: boolean | null;
  disabled?: boolean;
  onCommit: (v: boolean | null) => void;
}) {
  return (
    <ChoiceField
      id={props.id}
      label={props.label}
      value={props.value === null ? null : props.value ? 'yes' : 'no'}
      options={yesNo}
      empty="Not recorded"
      disabled={props.disabled}
      onCommit={(v) => props.onCommit(v === null ? null : v === 'yes')}
    />
  );
}

/** Text that is saved when the therapist pauses or leaves the field. */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  multiline?: boolean;
  list?: string;
  disabled?: boolean;
  onCommit: (value: string) => void;
}) {
  const [text, setText] = useState(props.value);
  const [shown, setShown] = useState(props.value);
  if (shown !== props.value) {
    setShown(props.value);
    setText(props.value);
  }
  const { onCommit, value } = props;
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => onCommit(text), 250);
    return () => clearTimeout(timer);
  }, [text, value, onCommit]);
  const common = {
    id: props.id,
    value: text,
    disabled: props.disabled,
    onChange: (e: { target: { value: string } }) => setText(e.target.value),
    onBlur: () => text !== value && onCommit(text),
  };
  return (
    <div className="inspector-field inspector-field--wide">
      <label htmlFor={props.id}>{props.label}</label>
      {props.multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input type="text" list={props.list} autoComplete="off" {...common} />
      )}
    </div>
  );
}
