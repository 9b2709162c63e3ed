// Mints a JWT from the local dev identity provider for a demo user: npm run token -- <email> [--ttl seconds]
import { parseArgs } from 'node:util';
import { DevIdentityProvider } from '@portal/platform';
import { demoUsers } from '../deploy/local/seed/demo-users';
import { devIdentity } from './services';

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { ttl: { type: 'string', default: String(8 * 3600) } },
  });
  const email = positionals[0];
  const user = demoUsers.find((u) => u.email === email);
  if (!user) {
    console.error(
      `usage: npm run token -- <email>\nknown demo users:\n${demoUsers.map((u) => `  ${u.email.padEnd(36)} ${u.roles}`).join('\n')}`,
    );
    process.exit(1);
  }
  const idp = await DevIdentityProvider.loadOrCreate({
    keyDir: devIdentity.keyDir,
    issuer: devIdentity.issuer,
    audience: devIdentity.audience,
  });
  console.log(
    await idp.mint(
      { sub: user.userId, email: user.email, name: user.displayName, userType: user.userType },
      Number(values.ttl),
    ),
  );
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
