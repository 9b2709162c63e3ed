import { execFileSync } from 'node:child_process';
import path from 'node:path';

// Node's source-map cache belongs to its own module loader, which jest replaces: asked in a real service process.
const probe = `
  require(${JSON.stringify(path.join(__dirname, '../telemetry/start'))});
  const { findSourceMap } = require('node:module');
  const mongodb = require.resolve('mongodb');
  require(mongodb);
  console.log(JSON.stringify({
    enabled: process.sourceMapsEnabled,
    dependency: findSourceMap(mongodb) !== undefined,
    own: findSourceMap(${JSON.stringify(path.join(__dirname, 'source-maps.ts'))}) !== undefined,
  }));
`;

describe('source maps in a service process', () => {
  it('keeps the maps of the services’ own code and none of the dependencies’', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', probe], {
      cwd: path.join(__dirname, '../..'),
      encoding: 'utf8',
      env: { ...process.env, OTEL_SDK_DISABLED: 'true' },
    });
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ enabled: true, dependency: false, own: true });
  });
});
