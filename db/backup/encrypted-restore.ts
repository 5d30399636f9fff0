/**
 * Reading an encrypted backup for an inspection or a restore: it is decrypted to a scratch file
 * beside it, named as the backup module's temporary files (names.ts tempPathFor), so that when
 * the process is killed before its `finally` runs, the next start removes the plaintext
 * (leftovers.ts); otherwise it is removed as soon as the work is done, whatever the outcome.
 */
import { decryptFile } from './encrypted';
import { randomSuffix, removeWithSidecars } from './files';
import { tempPathFor } from './names';

/**
 * Runs `work` on a decrypted copy of `encryptedFile` and removes the copy afterwards. Rejects with
 * the BackupFileError of decryptFile (wrong passphrase, damaged, ...) or whatever `work` rejects with.
 */
export async function withDecryptedBackup<T>(
  encryptedFile: string,
  passphrase: string,
  work: (plainFile: string) => Promise<T>,
): Promise<T> {
  const scratch = tempPathFor(encryptedFile, randomSuffix());
  try {
    await decryptFile(encryptedFile, scratch, passphrase);
    return await work(scratch);
  } finally {
    removeWithSidecars(scratch);
  }
}
