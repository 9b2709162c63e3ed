import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { parseProgramPolicy, PolicyError, type ProgramPolicy } from '../domain/vendor-policy';

export const defaultPolicyDir = path.join(__dirname, '..', '..', 'policies');

/**
 * Reads and validates every vendor program policy (`<program>.yaml`) at start: a broken file stops the service
 * with a message naming the file and every broken field.
 */
export function loadPolicies(dir = defaultPolicyDir): Map<string, ProgramPolicy> {
  if (!fs.existsSync(dir)) throw new PolicyError(`policy directory ${dir} does not exist (LICENSING_POLICY_DIR)`);
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  if (files.length === 0) throw new PolicyError(`no vendor program policy in ${dir}`);
  const policies = new Map<string, ProgramPolicy>();
  const problems: string[] = [];
  for (const file of files) {
    try {
      const policy = parseProgramPolicy(parse(fs.readFileSync(path.join(dir, file), 'utf8')), file);
      if (path.basename(file).replace(/\.ya?ml$/, '') !== policy.program)
        throw new PolicyError(`${file}: program ${policy.program} must be named ${policy.program}.yaml`);
      policies.set(policy.program, policy);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (problems.length > 0) throw new PolicyError(problems.join('\n'));
  return policies;
}
