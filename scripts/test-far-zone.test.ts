import { describe, expect, it } from 'vitest';
import { farZoneCommand } from './test-far-zone';

describe('the far-zone unit run', () => {
  it('runs Vitest under faketime at 23:30 on a leap day, in a zone fourteen hours ahead of UTC', () => {
    const { command, args, env } = farZoneCommand('/opt/node/bin/node', '/repo/vitest.mjs', ['db'], {
      PATH: '/usr/bin',
      TZ: 'UTC',
    });
    expect(command).toBe('faketime');
    expect(args).toEqual(['-f', '@2028-02-29 23:30:00', '/opt/node/bin/node', '/repo/vitest.mjs', 'run', 'db']);
    expect(env).toEqual({ PATH: '/usr/bin', TZ: 'Pacific/Kiritimati' });
  });
});
