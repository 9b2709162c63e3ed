// `npm run client:gen`: starts the five services against KAFKA_BROKERS/MONGO_URL (as the integration tests do),
// saves the OpenAPI document each serves into openapi/ and renders src/generated/ from them with openapi-typescript.
// `--offline` renders src/generated/ from the committed documents only. `--check` needs no infrastructure: it fails when src/generated/ is not what the committed documents render to
// (the integration test openapi-in-step.test.ts fails when the documents are not what the services serve).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TestEnv } from '@portal/platform/src/testing';
import { documentFile, documentText, readDocument, typesFile } from './documents';
import { renderTypes } from './render';
import { portalServices } from './services';

async function fetchDocuments(): Promise<void> {
  const env = await TestEnv.create('client-gen');
  try {
    for (const definition of portalServices) {
      const running = await env.start(definition);
      const document = await (await fetch(`${running.url}/openapi.json`)).json();
      fs.writeFileSync(documentFile(definition.name), documentText(document));
      await env.stop(running);
      console.log(`client: ${path.relative(process.cwd(), documentFile(definition.name))} saved`);
    }
  } finally {
    await env.close();
  }
}

async function main(check: boolean, offline: boolean): Promise<void> {
  if (!check && !offline) await fetchDocuments();
  const stale: string[] = [];
  for (const { name } of portalServices) {
    const types = await renderTypes(name, readDocument(name));
    const file = typesFile(name);
    if ((fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '') === types) continue;
    if (check) stale.push(path.relative(process.cwd(), file));
    else fs.writeFileSync(file, types);
  }
  if (stale.length > 0) {
    console.error(`portal client is out of date (run npm run client:gen):\n- ${stale.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`client: ${portalServices.length} services ${check ? 'up to date' : 'generated'}`);
}

main(process.argv.includes('--check'), process.argv.includes('--offline')).then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`client: ${error.message}`);
    process.exit(1);
  },
);
