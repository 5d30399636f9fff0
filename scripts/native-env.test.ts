import { describe, it, expect } from 'vitest';
import { ELECTRON_HEADERS_URL, electronBuildEnv, failureReason, isBuildTargetVariable } from './native-env';

const target = { electronVersion: '41.7.1', arch: 'x64' };

describe('electronBuildEnv', () => {
  it('removes nodedir in every spelling npm or a user may use', () => {
    const env = electronBuildEnv(
      {
        npm_config_nodedir: '/usr',
        NPM_CONFIG_NODEDIR: '/usr',
        Npm_Config_NodeDir: '/usr',
        npm_package_config_node_gyp_nodedir: '/usr',
        'npm_config_dist-url': 'https://nodejs.org/dist',
      },
      target,
    );
    expect(Object.keys(env).filter((k) => /nodedir|dist-url/i.test(k))).toEqual([]);
  });

  it('sets the Electron runtime, version, headers and architecture explicitly', () => {
    const env = electronBuildEnv(
      {
        npm_config_runtime: 'node',
        NPM_CONFIG_TARGET: '20.20.2',
        npm_config_disturl: 'https://nodejs.org/dist',
        npm_config_arch: 'ia32',
        npm_package_config_node_gyp_target: '20.0.0',
      },
      target,
    );
    expect(env).toEqual({
      npm_config_runtime: 'electron',
      npm_config_target: '41.7.1',
      npm_config_disturl: ELECTRON_HEADERS_URL,
      npm_config_arch: 'x64',
    });
  });

  it('keeps everything else, including other npm settings', () => {
    const base = { PATH: '/usr/bin', HOME: '/root', npm_config_cache: '/root/.npm', EMPTY: undefined };
    const env = electronBuildEnv(base, target);
    expect(env.PATH).toBe('/usr/bin');
    expect(env.HOME).toBe('/root');
    expect(env.npm_config_cache).toBe('/root/.npm');
    expect('EMPTY' in env).toBe(false);
  });

  it('does not change its input', () => {
    const base = { npm_config_nodedir: '/usr' };
    electronBuildEnv(base, target);
    expect(base).toEqual({ npm_config_nodedir: '/usr' });
  });
});

describe('isBuildTargetVariable', () => {
  it('matches only whole setting names', () => {
    expect(isBuildTargetVariable('npm_config_nodedir')).toBe(true);
    expect(isBuildTargetVariable('npm_config_target_arch')).toBe(true);
    expect(isBuildTargetVariable('npm_config_targets')).toBe(false);
    expect(isBuildTargetVariable('npm_config_node_gyp')).toBe(false);
    expect(isBuildTargetVariable('NODEDIR')).toBe(false);
  });
});

describe('failureReason', () => {
  it('recognises an offline machine from node-gyp output', () => {
    const output = [
      'gyp info it worked if it ends with ok',
      'gyp http GET https://electronjs.org/headers/v41.7.1/node-v41.7.1-headers.tar.gz',
      'gyp ERR! stack FetchError: request to https://electronjs.org/headers/v41.7.1/node-v41.7.1-headers.tar.gz failed, reason: getaddrinfo ENOTFOUND electronjs.org',
      'gyp ERR! not ok',
    ].join('\n');
    expect(failureReason(output)).toEqual({
      reason: 'no network connection (electronjs.org could not be reached)',
      network: true,
    });
  });

  it('treats a timeout as a network problem', () => {
    expect(failureReason('gyp http GET https://electronjs.org/headers', 120)).toEqual({
      reason: 'it did not finish within 120 seconds',
      network: true,
    });
  });

  it("recognises node-gyp's own words for a network failure", () => {
    const output =
      'gyp ERR! stack Error: This is most likely not a problem with node-gyp or the package itself and\ngyp ERR! stack is related to network connectivity. In most cases you are behind a proxy or have bad';
    expect(failureReason(output)).toEqual({ reason: 'no network connection', network: true });
  });

  it('quotes the first error line of a compile failure', () => {
    const output = [
      'gyp info spawn make',
      '../src/better_sqlite3.cpp:4:10: fatal error: node.h: No such file or directory',
      'gyp ERR! build error',
      'gyp ERR! stack Error: `make` failed with exit code: 2',
      'gyp ERR! stack at ChildProcess.<anonymous> (node-gyp/lib/build.js:219:23)',
      'gyp ERR! not ok',
    ].join('\n');
    expect(failureReason(output)).toEqual({
      reason: '../src/better_sqlite3.cpp:4:10: fatal error: node.h: No such file or directory',
      network: false,
    });
    expect(failureReason('gyp ERR! build error\ngyp ERR! not ok').reason).toBe('build error');
  });

  it('never returns more than one line', () => {
    expect(failureReason('').reason).toBe('unknown error');
    expect(failureReason('x'.repeat(500)).reason.length).toBeLessThanOrEqual(160);
  });
});

describe('failureReason across several tools', () => {
  it('names the unreachable host even when another tool spoke first', () => {
    const output = [
      'gyp ERR! stack is related to network connectivity. In most cases you are behind a proxy or have bad',
      'prebuild-install warn install getaddrinfo ENOTFOUND github.com',
    ].join('\n');
    expect(failureReason(output).reason).toBe('no network connection (github.com could not be reached)');
  });
});
