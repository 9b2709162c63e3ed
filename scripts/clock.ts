// Moves the business clock of the local demo platform: npm run clock -- advance 15d | npm run clock -- show
// Every service runs on its own clock; this sends the same command to all five (each fires its jobs now due).
import { parseArgs } from 'node:util';
import { DevIdentityProvider } from '@portal/platform';
import { demoUsers } from '../deploy/local/seed/demo-users';
import { devIdentity, implementedServices } from './services';

async function main() {
  const { positionals } = parseArgs({ allowPositionals: true });
  const [command, duration] = positionals;
  if (!(command === 'show' || (command === 'advance' && duration))) {
    console.error('usage: npm run clock -- advance <90m|36h|15d|2w>   |   npm run clock -- show');
    process.exit(1);
  }
  const staff = demoUsers.find((u) => u.userType === 'internal');
  if (!staff) throw new Error('no internal demo user to sign the command with');
  const idp = await DevIdentityProvider.loadOrCreate({
    keyDir: devIdentity.keyDir,
    issuer: devIdentity.issuer,
    audience: devIdentity.audience,
  });
  const token = await idp.mint(
    { sub: staff.userId, email: staff.email, name: staff.displayName, userType: 'internal' },
    300,
  );
  let failed = false;
  for (const service of implementedServices()) {
    const url = `http://127.0.0.1:${service.port}/internal/clock`;
    const response = await fetch(url, {
      method: command === 'show' ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: command === 'show' ? undefined : JSON.stringify({ advance: duration }),
    }).catch((error: Error) => ({ ok: false, status: 0, json: async () => ({ detail: error.message }) }) as const);
    const body = (await response.json()) as Record<string, unknown>;
    failed ||= !response.ok;
    console.log(
      response.ok
        ? `${service.name.padEnd(14)} now ${body.now}  (+${Math.round(Number(body.offsetMs) / 3_600_000)}h${body.jobsFired === undefined ? '' : `, ${body.jobsFired} jobs fired`})`
        : `${service.name.padEnd(14)} ${response.status} ${body.code ?? ''} ${body.detail ?? ''}`,
    );
  }
  if (failed) process.exit(1);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
