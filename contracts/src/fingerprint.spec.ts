import { rabinFingerprint } from './fingerprint';

// Reference values from the Avro specification's test vectors (share/test/data/schema-tests.txt), as signed longs.
const vectors: [string, bigint][] = [
  ['"null"', 7195948357588979594n],
  ['"boolean"', -6970731678124411036n],
  ['"int"', 8247732601305521295n],
  ['"long"', -3434872931120570953n],
  ['"string"', -8142146995180207161n],
  ['{"name":"foo","type":"fixed","size":15}', 1756455273707447556n],
];

describe('rabinFingerprint', () => {
  it.each(vectors)('matches the Avro test vector for %s', (schema, expected) => {
    expect(BigInt.asIntN(64, rabinFingerprint(schema))).toBe(expected);
  });
});
