import fc from 'fast-check';
import { findCardNumbers, looksLikeCardNumber, luhnValid, refuseRawCardNumbers } from './looks-like-card-number';
import { refusal } from './testing/fixtures';

/** Appends the Luhn check digit to a digit string. */
function withCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d += 1) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}

const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((a) => a.join(''));
const cardNumber = digits(12, 18).map(withCheckDigit);

describe('looks like a card number', () => {
  it.each([
    '4111111111111111',
    '4111 1111 1111 1111',
    '4111-1111-1111-1111',
    '378282246310005',
    '6011111111111117',
    '5555555555554444',
  ])('Given the well-known test card %s, When scanned, Then it looks like a card number', (pan) =>
    expect(looksLikeCardNumber(pan)).toBe(true),
  );

  it.each([
    '4111111111111112',
    '411111111111',
    '12345678901234567890123',
    'tok_live_abcdef123',
    '2026-03-15',
    '+33 1 23 45 67 89',
  ])('Given %s (no Luhn-valid 13-19 digit run), When scanned, Then it does not', (text) =>
    expect(looksLikeCardNumber(text)).toBe(false),
  );

  it('Given a card number glued to letters, When scanned, Then letters do not hide it', () => {
    expect(looksLikeCardNumber('tok4111111111111111x')).toBe(true);
    expect(looksLikeCardNumber('my card is 4111 1111 1111 1111 thanks')).toBe(true);
  });

  it('Property: any Luhn-valid 13-19 digit number is detected, whatever spaces or dashes group it', () => {
    fc.assert(
      fc.property(
        cardNumber,
        fc.array(fc.constantFrom('', ' ', '-'), { minLength: 19, maxLength: 19 }),
        (pan, seps) => {
          const grouped = [...pan].map((d, i) => (i < pan.length - 1 ? d + seps[i] : d)).join('');
          return looksLikeCardNumber(grouped) && looksLikeCardNumber(`x ${grouped} y`);
        },
      ),
    );
  });

  it('Property: changing one digit of a card number breaks the Luhn check', () => {
    fc.assert(
      fc.property(cardNumber, fc.nat(), fc.integer({ min: 1, max: 9 }), (pan, at, delta) => {
        const i = at % pan.length;
        const changed = pan.slice(0, i) + ((Number(pan[i]) + delta) % 10) + pan.slice(i + 1);
        return !luhnValid(changed) && !looksLikeCardNumber(changed);
      }),
    );
  });

  it('Property: digit runs shorter than 13 or longer than 19 are never card numbers', () => {
    fc.assert(fc.property(fc.oneof(digits(1, 12), digits(20, 30)), (run) => !looksLikeCardNumber(run)));
  });

  it('Property: text without digits is never a card number', () => {
    fc.assert(
      fc.property(
        fc.string().map((s) => s.replace(/\d/g, '')),
        (s) => !looksLikeCardNumber(s),
      ),
    );
  });
});

describe('finding card numbers in a request', () => {
  it('Given a nested request, When scanned, Then every path carrying a card number is named (keys included)', () => {
    const request = {
      label: 'ok',
      nested: { notes: ['fine', 'pan 5555555555554444'] },
      amount: 4111111111111111,
      '4111111111111111': 1,
    };
    expect(findCardNumbers(request).sort()).toEqual(['(body).(key)', 'amount', 'nested.notes[1]'].sort());
  });

  it('Given a clean request, When scanned, Then nothing is found', () => {
    expect(
      findCardNumbers({ processor: 'stripe', token: 'pm_1Abc', last4: '4242', expiryMonth: 12, expiryYear: 2030 }),
    ).toEqual([]);
  });

  it('Given a card number anywhere, When refused, Then RAW_PAN_REFUSED names the path and never the number', () => {
    const error = refusal(() => refuseRawCardNumbers({ token: 'x', label: '4111-1111-1111-1111' }));
    expect(error.code).toBe('RAW_PAN_REFUSED');
    expect(error.status).toBe(422);
    expect(error.errors).toEqual([
      { path: 'label', code: 'RAW_PAN_REFUSED', message: 'looks like a full card number' },
    ]);
    expect(JSON.stringify({ ...error, detail: error.detail })).not.toMatch(/4111/);
  });
});

describe('findCardNumbers on hostile nesting', () => {
  it('Given 5,000 levels of nested arrays with a card number at the bottom, When scanned, Then found without a stack overflow', () => {
    let deep: unknown = ['4111 1111 1111 1111'];
    for (let i = 0; i < 5000; i++) deep = [deep];
    expect(findCardNumbers(deep)).toHaveLength(1);
  });
});
