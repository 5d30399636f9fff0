/** A new passphrase typed twice (the app lock, an encrypted backup), and the check of the pair. */
import { isBlankPassphrase, MIN_PASSPHRASE_LENGTH } from '../../db/api/contract';

interface Props {
  label?: string;
  passphrase: string;
  repeat: string;
  onPassphrase: (value: string) => void;
  onRepeat: (value: string) => void;
}

export function PassphraseFields({ label = 'Passphrase', passphrase, repeat, onPassphrase, onRepeat }: Props) {
  return (
    <>
      <label className="field">
        <span className="field__label">{label}</span>
        <input
          type="password"
          autoComplete="new-password"
          value={passphrase}
          onChange={(event) => onPassphrase(event.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">Passphrase again</span>
        <input
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(event) => onRepeat(event.target.value)}
        />
      </label>
    </>
  );
}

/** What is wrong with a new passphrase and its repeat, in plain words, or '' when nothing is. */
export function passphraseProblem(passphrase: string, repeat: string): string {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH)
    return `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`;
  if (isBlankPassphrase(passphrase)) return 'Choose a passphrase that is not only spaces.';
  if (passphrase !== repeat) return 'The two passphrases are not the same.';
  return '';
}
