/**
 * Test only, never bundled into the app: answers Electron's `dialog.showMessageBox` with the
 * button whose label starts with $KNOTBOOK_TEST_ANSWER (or with the cancel button when none
 * does), and keeps what was asked on `globalThis.__knotbookAsked`.
 *
 * Loaded with `-r <file>` before the app, which Electron's default app does for every `-r`
 * module before it loads the app (electron/electron default_app/main.ts, `--require`), so it is
 * in place before the startup offer is shown. Playwright's `electronApp.evaluate` cannot promise
 * that: it runs only once launch() has returned, and with `executablePath` Playwright does not
 * hold back 'ready' (its loader.js, which does, is only added when Electron comes from
 * require('electron')), so main may already be waiting on the box. The real-Electron smoke test
 * bundles this file (bundleAnswerHook); the Node stand-in (testing/run-main.ts) requires it as it
 * is, with 'electron' resolved to the stub.
 */
import { dialog, type MessageBoxOptions, type MessageBoxReturnValue } from 'electron';

export interface AskedBox {
  title: string;
  buttons: string[];
  /** The label of the button pressed. */
  answered: string;
}

const asked: AskedBox[] = [];
(globalThis as { __knotbookAsked?: AskedBox[] }).__knotbookAsked = asked;

function answer(options: MessageBoxOptions): Promise<MessageBoxReturnValue> {
  const buttons = options.buttons ?? ['OK'];
  const wanted = process.env.KNOTBOOK_TEST_ANSWER ?? '';
  const found = wanted ? buttons.findIndex((label) => label.startsWith(wanted)) : -1;
  const response = found >= 0 ? found : (options.cancelId ?? buttons.length - 1);
  asked.push({ title: options.title ?? options.message, buttons, answered: buttons[response] ?? '' });
  return Promise.resolve({ response, checkboxChecked: false });
}

// showMessageBox([window, ]options): the options come last.
dialog.showMessageBox = ((...args: unknown[]) =>
  answer(args[args.length - 1] as MessageBoxOptions)) as typeof dialog.showMessageBox;
