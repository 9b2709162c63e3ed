import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { parseProgramPolicy, PolicyError } from './vendor-policy';
import { policy } from './test-fixtures';

const dir = path.join(__dirname, '..', '..', 'policies');

describe('vendor policy files', () => {
  it.each(fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')))(
    'Given the shipped policy %s, When validated, Then it is valid and named after its file',
    (file) => {
      const parsed = parseProgramPolicy(parse(fs.readFileSync(path.join(dir, file), 'utf8')), file);
      expect(`${parsed.program}.yaml`).toBe(file);
    },
  );

  it('Given a policy with several mistakes, When validated, Then the error names every broken field', () => {
    const broken = {
      ...policy,
      purchaseAuthorization: { orderWithinDays: 0 },
      renewal: {
        ...policy.renewal,
        notices: [...policy.renewal.notices, { kind: 'anniversary', anchor: 'access-removal', offsetDays: 3 }],
      },
      products: [...policy.products, policy.products[0]],
      surprise: true,
    };
    expect(() => parseProgramPolicy(broken, 'broken.yaml')).toThrow(PolicyError);
    try {
      parseProgramPolicy(broken, 'broken.yaml');
    } catch (e) {
      const message = (e as Error).message;
      for (const fragment of [
        'broken.yaml',
        'purchaseAuthorization.orderWithinDays',
        'renewal.notices.3.kind',
        'renewal.notices.3.offsetDays',
        'products.3.sku',
        'surprise',
      ]) {
        expect(message).toContain(fragment);
      }
    }
  });
});
