import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decideSandbox,
  isOnNosuidMount,
  readSandboxFacts,
  sandboxFixCommand,
  shellQuote,
  type SandboxFacts,
} from './linux-sandbox';

const HELPER = '/home/ana/knotbook/node_modules/electron/dist/chrome-sandbox';
/** Ubuntu 24.04 after `npm ci`: user namespaces restricted, chrome-sandbox owned by the user, 0755. */
const ubuntu2404: SandboxFacts = {
  platform: 'linux',
  restrictUserns: '1\n',
  helperPath: HELPER,
  helper: { uid: 1000, mode: 0o100755 },
  helperOnNosuidMount: false,
  noSandbox: false,
  command: 'npm start',
};

describe('decideSandbox', () => {
  it('stops on Ubuntu 24.04 with the exact command that fixes it', () => {
    const decision = decideSandbox(ubuntu2404);
    expect(decision.action).toBe('stop');
    if (decision.action !== 'stop') return;
    expect(decision.message).toContain(
      `  sudo chown root:root ${HELPER} && sudo chmod 4755 ${HELPER}\n\nthen run npm start again.`,
    );
    expect(decision.message).toContain('`npm start -- --no-sandbox`');
  });

  it('names the command the developer ran', () => {
    const decision = decideSandbox({ ...ubuntu2404, command: 'npm run demo' });
    expect(decision.action === 'stop' && decision.message).toMatch(/then run npm run demo again/);
  });

  it('launches once chrome-sandbox is root-owned 4755', () => {
    expect(decideSandbox({ ...ubuntu2404, helper: { uid: 0, mode: 0o104755 } })).toEqual({ action: 'launch' });
  });

  it("follows Chromium's own test: root, setuid and executable by others", () => {
    const stops = (mode: number, uid = 0) => decideSandbox({ ...ubuntu2404, helper: { uid, mode } }).action === 'stop';
    expect(stops(0o100755)).toBe(true); // root but no setuid bit
    expect(stops(0o104750)).toBe(true); // setuid, but others cannot execute it
    expect(stops(0o104755, 1000)).toBe(true); // setuid but not root's
    expect(stops(0o104711)).toBe(false);
  });

  it('launches where user namespaces are not restricted, or the setting does not exist', () => {
    expect(decideSandbox({ ...ubuntu2404, restrictUserns: '0\n' })).toEqual({ action: 'launch' });
    expect(decideSandbox({ ...ubuntu2404, restrictUserns: undefined })).toEqual({ action: 'launch' });
    expect(decideSandbox({ ...ubuntu2404, restrictUserns: undefined, helper: undefined })).toEqual({
      action: 'launch',
    });
  });

  it('checks nothing on macOS and Windows', () => {
    expect(decideSandbox({ ...ubuntu2404, platform: 'darwin' })).toEqual({ action: 'launch' });
    expect(decideSandbox({ ...ubuntu2404, platform: 'win32' })).toEqual({ action: 'launch' });
  });

  it('stops when the helper is missing, saying to reinstall Electron', () => {
    const decision = decideSandbox({ ...ubuntu2404, helper: undefined });
    expect(decision.action === 'stop' && decision.message).toMatch(/it is missing \(.*chrome-sandbox\)\. Reinstall/);
  });

  it('stops when the helper is fixed but its disk ignores setuid', () => {
    const decision = decideSandbox({ ...ubuntu2404, helper: { uid: 0, mode: 0o104755 }, helperOnNosuidMount: true });
    expect(decision.action === 'stop' && decision.message).toMatch(/mounted "nosuid"/);
  });

  it('launches with --no-sandbox on any system, always with a warning', () => {
    for (const facts of [ubuntu2404, { ...ubuntu2404, platform: 'darwin' }, { ...ubuntu2404, restrictUserns: '0' }]) {
      const decision = decideSandbox({ ...facts, noSandbox: true });
      expect(decision.action).toBe('launch');
      expect(decision.action === 'launch' && decision.warning).toMatch(/^Warning: starting Knotbook without/);
    }
  });
});

describe('sandboxFixCommand', () => {
  it('quotes a path with spaces or quotes for the shell', () => {
    expect(shellQuote('/opt/app/chrome-sandbox')).toBe('/opt/app/chrome-sandbox');
    expect(sandboxFixCommand("/home/ana/my notes/it's/chrome-sandbox")).toBe(
      `sudo chown root:root '/home/ana/my notes/it'\\''s/chrome-sandbox' && sudo chmod 4755 '/home/ana/my notes/it'\\''s/chrome-sandbox'`,
    );
  });
});

describe('isOnNosuidMount', () => {
  const mountinfo = [
    '22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw',
    '30 22 0:27 / /tmp rw,nosuid,nodev shared:5 - tmpfs tmpfs rw',
    '31 22 8:2 / /home rw,relatime shared:6 - ext4 /dev/sda2 rw',
    '32 31 0:40 / /home/ana/usb\\040stick rw,nosuid,nodev,relatime shared:7 - vfat /dev/sdb1 rw',
    '',
  ].join('\n');

  it('finds the deepest mount holding the file', () => {
    expect(isOnNosuidMount(mountinfo, HELPER)).toBe(false);
    expect(isOnNosuidMount(mountinfo, '/tmp/knotbook/node_modules/electron/dist/chrome-sandbox')).toBe(true);
    expect(isOnNosuidMount(mountinfo, '/home/ana/usb stick/knotbook/chrome-sandbox')).toBe(true);
    expect(isOnNosuidMount(mountinfo, '/tmpfoo/chrome-sandbox')).toBe(false);
  });

  it('takes the later of two mounts on the same point', () => {
    const stacked = `${mountinfo}33 30 0:41 / /tmp rw,relatime shared:8 - tmpfs tmpfs rw\n`;
    expect(isOnNosuidMount(stacked, '/tmp/x')).toBe(false);
  });
});

describe('readSandboxFacts', () => {
  it('looks for chrome-sandbox beside the Electron binary it is given', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-electron-'));
    try {
      fs.writeFileSync(path.join(dir, 'chrome-sandbox'), '', { mode: 0o755 });
      const facts = readSandboxFacts(path.join(dir, 'electron'), { noSandbox: false, command: 'npm start' });
      expect(facts.helperPath).toBe(path.join(dir, 'chrome-sandbox'));
      if (process.platform === 'linux') expect(facts.helper?.uid).toBe(fs.statSync(facts.helperPath).uid);
      else expect(facts.helper).toBeUndefined();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
