/**
 * A whole number typed in a small box. A valid number is passed on at once; letters or a number
 * out of range show a plain message and are not passed on. Arrow Up/Down step by one.
 */
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { parseWhole } from './values';

interface Props {
  id: string;
  label: string;
  value: number | null;
  min: number;
  max: number;
  required?: boolean;
  /** Shown after the box, e.g. "min" or "°". */
  unit?: string;
  /** A few words after the box (the usual range), read with the control. */
  hint?: string;
  onChange: (value: number | null) => void;
  onBlur?: () => void;
  /** Shown beside the box (the pain band). */
  children?: ReactNode;
  className?: string;
}

export function NumberField({
  id,
  label,
  value,
  min,
  max,
  required = false,
  unit,
  hint,
  onChange,
  onBlur,
  children,
  className,
}: Props) {
  // What the therapist typed, while it differs from the saved number (or is not a number).
  const [typed, setTyped] = useState<string | null>(null);
  const parsed = typed === null ? null : parseWhole(typed, min, max, required);
  const error = parsed && !parsed.ok ? parsed.message : null;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;

  const change = (text: string) => {
    setTyped(text);
    const result = parseWhole(text, min, max, required);
    if (result.ok && result.value !== value) onChange(result.value);
  };

  const step = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const base = parsed?.ok && parsed.value !== null ? parsed.value : value;
    const next = base === null ? min : Math.min(max, Math.max(min, base + (event.key === 'ArrowUp' ? 1 : -1)));
    setTyped(null);
    if (next !== value) onChange(next);
  };

  return (
    <div className={`number-field${error ? ' number-field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="number-field__label" htmlFor={id}>
        {label}
      </label>
      <span className="number-field__row">
        <input
          id={id}
          className="number-field__input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={typed ?? (value === null ? '' : String(value))}
          aria-invalid={error !== null}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          {...(required ? { 'aria-required': true } : {})}
          onChange={(event) => change(event.target.value)}
          onKeyDown={step}
          onBlur={() => {
            if (error === null) setTyped(null);
            onBlur?.();
          }}
        />
        {unit && (
          <span className="number-field__unit" aria-hidden="true">
            {unit}
          </span>
        )}
        {children}
        {hint && (
          <span className="number-field__hint" id={hintId}>
            {hint}
          </span>
        )}
      </span>
      {error && (
        <span className="number-field__error" id={errorId}>
          {error}
        </span>
      )}
    </div>
  );
}
