import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { repoRoot } from '../local/paths';

export const chartDir = path.join(repoRoot, 'deploy', 'helm', 'portal');
/** The oldest Kubernetes the chart supports (Chart.yaml kubeVersion) and a current one; both are validated. */
export const kubernetesVersions = ['1.30.0', '1.34.0'];

/** The installations CI renders and validates: chart defaults, the two documented sizes. */
export const installations: Record<string, string[]> = {
  defaults: [],
  small: [path.join(chartDir, 'values-small.yaml')],
  large: [path.join(chartDir, 'values-large.yaml')],
};

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

/** `helm template` of the chart with the given values files, as text (one YAML document per object). */
export async function renderChart(helm: string, valuesFiles: string[], release = 'portal'): Promise<string> {
  const args = ['template', release, chartDir, '--kube-version', kubernetesVersions[0]!];
  for (const file of valuesFiles) args.push('--values', file);
  const { stdout } = await promisify(execFile)(helm, args, { maxBuffer: 32 * 1024 * 1024 });
  return stdout;
}

export function parseObjects(manifest: string): KubeObject[] {
  return parseAllDocuments(manifest)
    .map((document) => {
      if (document.errors.length > 0)
        throw new Error(`rendered chart is not valid YAML: ${document.errors[0]!.message}`);
      return document.toJSON() as KubeObject | null;
    })
    .filter((object): object is KubeObject => object !== null);
}
