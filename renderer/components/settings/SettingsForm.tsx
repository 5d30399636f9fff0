/**
 * Settings: who signs (the practitioner profile), the practice printed on notes and handouts, the
 * paper size, and quick phrases for notes. Validated with the contract's own schema, so the form
 * and the API say the same thing.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm, type FieldError } from 'react-hook-form';
import type { z } from 'zod';
import { settingsSchema, type Settings } from '../../../db/api/contract';
import { fieldLabels, plainErrorMap } from '../../../db/api/validation';
import { Field } from '../Field';

type Values = z.input<typeof settingsSchema>;
type Result = z.output<typeof settingsSchema>;

const resolver = zodResolver(settingsSchema, { error: plainErrorMap });

function say(label: string, error: FieldError | undefined): string | undefined {
  return error?.message ? `${label} ${error.message}` : undefined;
}

interface Props {
  settings: Settings;
  onSubmit: (values: Result) => Promise<void>;
}

export function SettingsForm({ settings, onSubmit }: Props) {
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, Result>({ resolver, defaultValues: settings });
  const phrases = useFieldArray({ control, name: 'quickPhrases' });

  const text = (
    name:
      | 'practitioner.name'
      | 'practitioner.credentials'
      | 'practitioner.registration'
      | 'practice.name'
      | 'practice.phone'
      | 'practice.email',
    label: string,
    error: FieldError | undefined,
    hint?: string,
  ) => (
    <Field id={name.replace('.', '-')} label={label} error={say(label, error)} {...(hint ? { hint } : {})}>
      {(a11y) => <input {...a11y} type="text" autoComplete="off" {...register(name)} />}
    </Field>
  );

  return (
    <form className="form" noValidate aria-label="Settings" onSubmit={(event) => void handleSubmit(onSubmit)(event)}>
      <fieldset className="form__section">
        <legend className="form__legend">Practitioner</legend>
        <p className="form__note">Your name is printed with your signature on every session you sign.</p>
        <div className="form__grid">
          {text('practitioner.name', 'Your name', errors.practitioner?.name)}
          {text(
            'practitioner.credentials',
            'Credentials',
            errors.practitioner?.credentials,
            'For example: Registered Massage Therapist',
          )}
          {text('practitioner.registration', 'Registration number', errors.practitioner?.registration)}
        </div>
      </fieldset>

      <fieldset className="form__section">
        <legend className="form__legend">Practice</legend>
        <p className="form__note">Printed at the top of session notes and home-care sheets.</p>
        <div className="form__grid">
          {text('practice.name', 'Practice name', errors.practice?.name)}
          {text('practice.phone', 'Practice phone', errors.practice?.phone)}
          {text('practice.email', 'Practice email', errors.practice?.email)}
          <Field
            id="practice-address"
            label="Practice address"
            error={say('Practice address', errors.practice?.address)}
            className="form__wide"
          >
            {(a11y) => <textarea {...a11y} rows={2} {...register('practice.address')} />}
          </Field>
          <Field id="paperSize" label={fieldLabels.paperSize ?? 'Paper size'}>
            {(a11y) => (
              <select {...a11y} {...register('paperSize')}>
                <option value="letter">Letter (8.5 × 11 in)</option>
                <option value="a4">A4 (210 × 297 mm)</option>
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="form__section">
        <legend className="form__legend">Quick phrases</legend>
        <p className="form__note">
          In a note, type a phrase&rsquo;s short name and press <kbd>Ctrl</kbd>+<kbd>Space</kbd> to write the whole
          phrase.
        </p>
        {phrases.fields.length === 0 && <p className="form__note">No quick phrases yet.</p>}
        <ol className="phrase-list">
          {phrases.fields.map((field, index) => {
            const n = index + 1;
            const error = errors.quickPhrases?.[index];
            return (
              <li key={field.id} className="phrase-list__item">
                <Field id={`phrase-${n}-trigger`} label={`Short name ${n}`} error={say('Short name', error?.trigger)}>
                  {(a11y) => (
                    <input {...a11y} type="text" autoComplete="off" {...register(`quickPhrases.${index}.trigger`)} />
                  )}
                </Field>
                <Field id={`phrase-${n}-text`} label={`Phrase ${n}`} error={say('Phrase', error?.text)}>
                  {(a11y) => <textarea {...a11y} rows={2} {...register(`quickPhrases.${index}.text`)} />}
                </Field>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={`Remove phrase ${n}`}
                  onClick={() => phrases.remove(index)}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ol>
        <div>
          <button type="button" className="button" onClick={() => phrases.append({ trigger: '', text: '' })}>
            Add a phrase
          </button>
        </div>
      </fieldset>

      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          Save settings
        </button>
      </div>
    </form>
  );
}
