/**
 * The client form, for both a new client and an edit. Validation is the contract's own schema
 * with the shared plain-words messages, so the form and the API say the same thing.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, type KeyboardEvent } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import type { z } from 'zod';
import { clientFieldsSchema, localToday, type Client } from '../../../db/api/contract';
import { fieldLabels, plainErrorMap } from '../../../db/api/validation';
import { Field } from '../Field';

export type ClientFormValues = z.input<typeof clientFieldsSchema>;
export type ClientFormResult = z.output<typeof clientFieldsSchema>;
type FieldName = keyof ClientFormValues;

const resolver = zodResolver(clientFieldsSchema, { error: plainErrorMap });

function initialValues(client?: Client): Required<{ [K in FieldName]: string }> {
  return {
    givenName: client?.givenName ?? '',
    familyName: client?.familyName ?? '',
    dateOfBirth: client?.dateOfBirth ?? '',
    phone: client?.phone ?? '',
    email: client?.email ?? '',
    address: client?.address ?? '',
    healthHistory: client?.healthHistory ?? '',
    contraindications: client?.contraindications ?? '',
  };
}

/** "Email must look like name@example.com". */
function errorFor(errors: FieldErrors<ClientFormValues>, name: FieldName): string | undefined {
  const message = errors[name]?.message;
  return message ? `${fieldLabels[name] ?? name} ${message}` : undefined;
}

interface Props {
  client?: Client;
  onSubmit: (values: ClientFormResult) => Promise<void>;
  onCancel: () => void;
}

export function ClientForm({ client, onSubmit, onCancel }: Props) {
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<ClientFormValues, unknown, ClientFormResult>({
    resolver,
    defaultValues: initialValues(client),
  });

  useEffect(() => {
    setFocus('givenName');
  }, [setFocus]);

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onCancel();
    }
  };

  const error = (name: FieldName) => errorFor(errors, name);
  const label = (name: FieldName) => fieldLabels[name] ?? name;

  return (
    <form
      className="form"
      noValidate
      aria-label={client ? 'Edit client' : 'New client'}
      onSubmit={(event) => void handleSubmit(onSubmit)(event)}
      onKeyDown={onKeyDown}
    >
      <fieldset className="form__section">
        <legend className="form__legend">Personal details</legend>
        <div className="form__grid">
          <Field id="givenName" label={label('givenName')} error={error('givenName')} required>
            {(a11y) => <input {...a11y} type="text" autoComplete="off" {...register('givenName')} />}
          </Field>
          <Field id="familyName" label={label('familyName')} error={error('familyName')}>
            {(a11y) => <input {...a11y} type="text" autoComplete="off" {...register('familyName')} />}
          </Field>
          <Field id="dateOfBirth" label={label('dateOfBirth')} error={error('dateOfBirth')}>
            {(a11y) => <input {...a11y} type="date" min="1900-01-01" max={localToday()} {...register('dateOfBirth')} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="form__section">
        <legend className="form__legend">Contact</legend>
        <div className="form__grid">
          <Field id="phone" label={label('phone')} error={error('phone')}>
            {(a11y) => <input {...a11y} type="tel" autoComplete="off" {...register('phone')} />}
          </Field>
          <Field id="email" label={label('email')} error={error('email')}>
            {(a11y) => <input {...a11y} type="email" autoComplete="off" {...register('email')} />}
          </Field>
          <Field id="address" label={label('address')} error={error('address')} className="form__wide">
            {(a11y) => <textarea {...a11y} rows={3} {...register('address')} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="form__section">
        <legend className="form__legend">Health</legend>
        <Field
          id="healthHistory"
          label={label('healthHistory')}
          hint="Conditions, injuries, surgeries and medication."
          error={error('healthHistory')}
        >
          {(a11y) => <textarea {...a11y} rows={5} {...register('healthHistory')} />}
        </Field>
        <Field
          id="contraindications"
          label={label('contraindications')}
          hint="Anything that limits or rules out treatment. Shown on the client page and on every session."
          error={error('contraindications')}
        >
          {(a11y) => <textarea {...a11y} rows={3} {...register('contraindications')} />}
        </Field>
      </fieldset>

      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          Save client
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
