import fs from 'node:fs';
import path from 'node:path';
import type { Log } from '../local/log';
import { localDir, paths } from '../local/paths';
import { runStep } from '../local/run-step';
import { requireTool } from '../local/tools';

const helmModule = 'helm.sh/helm/v3';
export const helmVersion = 'v3.22.0';
export const helmBinary = path.join(paths.binDir, 'helm');
const helmVersionFile = path.join(paths.binDir, 'helm.version');

const validatorPackage = 'kubernetes-validate==1.37.0';
const validatorDir = path.join(localDir, 'kubernetes-validate');
const validatorVersionFile = path.join(validatorDir, 'installed.version');
const installLog = path.join(paths.logsDir, 'helm-install.log');

const installed = (file: string, version: string, ...needs: string[]) => {
  try {
    return needs.every((f) => fs.existsSync(f)) && fs.readFileSync(file, 'utf8').trim() === version;
  } catch {
    return false;
  }
};

/**
 * Helm from its Go module, built once into .local/bin (the Go proxy is reachable; Helm's download site is not).
 * Unlike FerretDB, `go install <module>@<version>` works as is: Helm's go.mod has no replace directives.
 */
export async function ensureHelm(log: Log): Promise<string> {
  if (installed(helmVersionFile, helmVersion, helmBinary)) return helmBinary;
  requireTool('go', 'building Helm for the chart check');
  const began = Date.now();
  log(`helm: building Helm ${helmVersion} from its Go module (first run only; minutes on a fresh machine)...`);
  fs.mkdirSync(paths.binDir, { recursive: true });
  await runStep(
    'go',
    [
      'install',
      '-trimpath',
      `-ldflags=-s -w -X ${helmModule}/internal/version.version=${helmVersion}`,
      `${helmModule}/cmd/helm@${helmVersion}`,
    ],
    {
      // GOFLAGS off: a -mod flag from the environment would break go install of a module outside any go.mod.
      env: { ...process.env, GOBIN: paths.binDir, CGO_ENABLED: '0', GOFLAGS: '' },
      logFile: installLog,
    },
  );
  fs.writeFileSync(helmVersionFile, `${helmVersion}\n`);
  log(`helm: built ${path.relative(process.cwd(), helmBinary)} (${((Date.now() - began) / 1000).toFixed(1)} s)`);
  return helmBinary;
}

/**
 * kubernetes-validate from PyPI: a JSON-schema validator that ships the Kubernetes API schemas of every version
 * it supports, so it works without reaching the internet (kubeconform would download them).
 */
export async function ensureValidator(log: Log): Promise<{ python: string; pythonPath: string }> {
  const python = requireTool('python3', 'validating the chart (kubernetes-validate)');
  if (!installed(validatorVersionFile, validatorPackage, validatorDir)) {
    const began = Date.now();
    log(`helm: installing ${validatorPackage} from PyPI into ${path.relative(process.cwd(), validatorDir)}...`);
    fs.rmSync(validatorDir, { recursive: true, force: true });
    await runStep(
      python,
      ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--target', validatorDir, validatorPackage],
      { logFile: installLog },
    );
    fs.writeFileSync(validatorVersionFile, `${validatorPackage}\n`);
    log(`helm: kubernetes-validate installed (${((Date.now() - began) / 1000).toFixed(1)} s)`);
  }
  return { python, pythonPath: validatorDir };
}
