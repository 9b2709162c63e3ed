// `npm run helm:check`: renders the chart for each installation (helm template, Helm built from its Go module on
// first use) and validates every object strictly against the Kubernetes API schemas (kubernetes-validate, offline).
import fs from 'node:fs';
import path from 'node:path';
import { localDir, paths } from '../local/paths';
import { runStep } from '../local/run-step';
import { installations, kubernetesVersions, parseObjects, renderChart } from './render';
import { ensureHelm, ensureValidator } from './tools';

const log = (line: string) => console.log(line);
const renderedDir = path.join(localDir, 'helm');

async function main(): Promise<void> {
  const helm = await ensureHelm(log);
  const validator = await ensureValidator(log);
  fs.mkdirSync(renderedDir, { recursive: true });
  for (const [name, valuesFiles] of Object.entries(installations)) {
    const manifest = await renderChart(helm, valuesFiles);
    const file = path.join(renderedDir, `${name}.yaml`);
    fs.writeFileSync(file, manifest);
    const objects = parseObjects(manifest);
    const kinds = [...new Set(objects.map((o) => o.kind))].sort();
    for (const version of kubernetesVersions) {
      await runStep(validator.python, ['-m', 'kubernetes_validate', '--strict', '--quiet', '-k', version, file], {
        env: { ...process.env, PYTHONPATH: validator.pythonPath },
        logFile: path.join(paths.logsDir, `helm-validate-${name}.log`),
      });
    }
    log(
      `helm: ${name}: ${objects.length} objects (${kinds.join(', ')}) valid for Kubernetes ${kubernetesVersions.join(' and ')}`,
    );
  }
}

main().catch((error: Error) => {
  console.error(`helm: ${error.message}`);
  process.exit(1);
});
