// CRC-64-AVRO (Rabin) fingerprint of a schema's Parsing Canonical Form, as the Avro specification defines it
// for single-object encoding. avsc only offers hash-based fingerprints, hence this small implementation.
const EMPTY = 0xc15d213aa4d7a795n;
const MASK = 0xffffffffffffffffn;

const table: bigint[] = Array.from({ length: 256 }, (_, i) => {
  let fp = BigInt(i);
  for (let j = 0; j < 8; j++) fp = (fp >> 1n) ^ (EMPTY & -(fp & 1n));
  return fp & MASK;
});

export function rabinFingerprint(canonicalForm: string): bigint {
  let fp = EMPTY;
  for (const byte of Buffer.from(canonicalForm, 'utf8')) {
    fp = ((fp >> 8n) ^ table[Number((fp ^ BigInt(byte)) & 0xffn)]!) & MASK;
  }
  return fp;
}

/** The 8 fingerprint bytes as single-object encoding writes them: little-endian. */
export function fingerprintBytes(canonicalForm: string): Buffer {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64LE(rabinFingerprint(canonicalForm));
  return bytes;
}
