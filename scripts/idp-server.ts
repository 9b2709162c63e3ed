// The dev identity provider as its own process, so `npm run up` can leave it running.
import { DevIdentityProvider } from '@portal/platform';
import { devIdentity } from './services';

async function main(): Promise<void> {
  const provider = await DevIdentityProvider.loadOrCreate({
    keyDir: devIdentity.keyDir,
    issuer: devIdentity.issuer,
    audience: devIdentity.audience,
  });
  const { jwksUrl } = await provider.serve(devIdentity.port, devIdentity.host);
  console.log(`dev identity provider: issuer ${devIdentity.issuer}, JWKS ${jwksUrl}`);
  const stop = () => void provider.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: Error) => {
  console.error(`dev identity provider: ${error.message}`);
  process.exit(1);
});
