import { codes, contract, ctx, hardwareLine, order, validContent } from './__fixtures__/upgrade';
import {
  validateBasicInfo,
  validateHardwareLines,
  validateMisc,
  validateSoftwareLines,
  serialConflictErrors,
  validateUpgradeRequest,
} from './validate-upgrade-request';
import type { BasicInfo } from './upgrade-request';

const basic = (overrides: Partial<BasicInfo> = {}): BasicInfo => ({ ...validContent().basicInfo, ...overrides });

describe('validate upgrade request: basic info', () => {
  it('Given complete basic info, When validated, Then no rule is broken', () => {
    expect(validateBasicInfo(basic(), ctx())).toEqual([]);
  });

  it('Given no discount, When validated, Then no special-pricing form is needed', () => {
    expect(validateBasicInfo(basic({ discountPercent: null, specialPricingFormNumber: null }), ctx())).toEqual([]);
  });

  it('Given a discount without a special-pricing form number, When validated, Then SPECIAL_PRICING_FORM_REQUIRED', () => {
    const errors = validateBasicInfo(basic({ discountPercent: 15, specialPricingFormNumber: '  ' }), ctx());
    expect(errors).toEqual([
      expect.objectContaining({ path: 'basicInfo.specialPricingFormNumber', code: 'SPECIAL_PRICING_FORM_REQUIRED' }),
    ]);
  });

  it.each([0, -5, 100.01, 150, 12.345])(
    'Given a discount of %p percent, When validated, Then DISCOUNT_OUT_OF_RANGE',
    (d) => {
      expect(codes(validateBasicInfo(basic({ discountPercent: d }), ctx()))).toEqual(['DISCOUNT_OUT_OF_RANGE']);
    },
  );

  it.each([0.01, 12.5, 100])('Given a discount of %p percent, When validated, Then it is accepted', (d) => {
    expect(validateBasicInfo(basic({ discountPercent: d }), ctx())).toEqual([]);
  });

  it('Given a start date yesterday, When validated, Then START_DATE_IN_PAST', () => {
    expect(codes(validateBasicInfo(basic({ startDate: '2026-11-21' }), ctx()))).toEqual(['START_DATE_IN_PAST']);
  });

  it('Given a start date today, When validated, Then it is accepted', () => {
    expect(validateBasicInfo(basic({ startDate: '2026-11-22' }), ctx())).toEqual([]);
  });

  it('Given no start date or a non-date, When validated, Then START_DATE_REQUIRED / DATE_INVALID', () => {
    expect(codes(validateBasicInfo(basic({ startDate: null }), ctx()))).toEqual(['START_DATE_REQUIRED']);
    expect(codes(validateBasicInfo(basic({ startDate: '2026-02-30' }), ctx()))).toEqual(['DATE_INVALID']);
  });

  it.each([0, 366, 1.5])(
    'Given a deployment window of %p days, When validated, Then DEPLOYMENT_WINDOW_OUT_OF_RANGE',
    (w) => {
      expect(codes(validateBasicInfo(basic({ deploymentWindowDays: w }), ctx()))).toEqual([
        'DEPLOYMENT_WINDOW_OUT_OF_RANGE',
      ]);
    },
  );

  it.each([1, 365])('Given a deployment window of %p days, When validated, Then it is accepted', (w) => {
    expect(validateBasicInfo(basic({ deploymentWindowDays: w }), ctx())).toEqual([]);
  });

  it('Given no deployment window and no term option, When validated, Then both are reported', () => {
    expect(codes(validateBasicInfo(basic({ deploymentWindowDays: null, termOption: null }), ctx()))).toEqual([
      'DEPLOYMENT_WINDOW_REQUIRED',
      'TERM_OPTION_REQUIRED',
    ]);
  });

  it('Given own-term without a length, When validated, Then TERM_MONTHS_REQUIRED', () => {
    expect(codes(validateBasicInfo(basic({ termOption: 'own-term', termMonths: null }), ctx()))).toEqual([
      'TERM_MONTHS_REQUIRED',
    ]);
  });

  it.each([0, 121, 2.5])('Given own-term of %p months, When validated, Then TERM_MONTHS_OUT_OF_RANGE', (m) => {
    expect(codes(validateBasicInfo(basic({ termOption: 'own-term', termMonths: m }), ctx()))).toEqual([
      'TERM_MONTHS_OUT_OF_RANGE',
    ]);
  });

  it('Given own-term of 36 months, When validated, Then it is accepted', () => {
    expect(validateBasicInfo(basic({ termOption: 'own-term', termMonths: 36 }), ctx())).toEqual([]);
  });

  it('Given co-term on an order and contract without term, When validated, Then CO_TERM_UNAVAILABLE', () => {
    const c = ctx({ order: { ...order(), term: null }, contract: null });
    expect(codes(validateBasicInfo(basic(), c))).toEqual(['CO_TERM_UNAVAILABLE']);
  });

  it('Given co-term starting after the existing term ends, When validated, Then START_DATE_AFTER_CO_TERM_END', () => {
    expect(codes(validateBasicInfo(basic({ startDate: '2029-01-01' }), ctx()))).toEqual([
      'START_DATE_AFTER_CO_TERM_END',
    ]);
  });

  it('Given co-term on an order without term, When validated, Then the contract term is used', () => {
    const c = ctx({ order: { ...order(), term: null }, contract: contract() });
    expect(validateBasicInfo(basic({ startDate: '2029-01-01' }), c)).toEqual([]);
  });
});

describe('validate upgrade request: hardware lines', () => {
  it('Given a valid hardware line, When validated, Then no rule is broken', () => {
    expect(validateHardwareLines([hardwareLine()], ctx())).toEqual([]);
  });

  it('Given a SKU that is not on the order, When validated, Then SKU_NOT_ELIGIBLE', () => {
    const errors = validateHardwareLines([hardwareLine({ sku: 'HW-OTHER', serialNumbers: [], quantity: 1 })], ctx());
    expect(codes(errors)).toContain('SKU_NOT_ELIGIBLE');
  });

  it('Given a SKU on the order that the catalog does not let upgrade, When validated, Then SKU_NOT_ELIGIBLE', () => {
    const errors = validateHardwareLines(
      [hardwareLine({ sku: 'HW-CABLE', quantity: 1, serialNumbers: ['SN-C1'] })],
      ctx(),
    );
    expect(errors).toEqual([expect.objectContaining({ path: 'hardwareLines.0.sku', code: 'SKU_NOT_ELIGIBLE' })]);
  });

  it('Given a software SKU chosen as hardware, When validated, Then SKU_NOT_ELIGIBLE', () => {
    const errors = validateHardwareLines([hardwareLine({ sku: 'SW-OS-STD', quantity: 1, serialNumbers: [] })], ctx());
    expect(codes(errors)).toContain('SKU_NOT_ELIGIBLE');
  });

  it('Given a target outside the upgrade catalog, When validated, Then UPGRADE_PATH_UNKNOWN', () => {
    const errors = validateHardwareLines([hardwareLine({ targetSku: 'HW-R999' })], ctx());
    expect(errors).toEqual([
      expect.objectContaining({ path: 'hardwareLines.0.targetSku', code: 'UPGRADE_PATH_UNKNOWN' }),
    ]);
  });

  it.each([0, 4])('Given an upgrade quantity of %p of the 3 owned, When validated, Then QUANTITY_OUT_OF_RANGE', (q) => {
    const serials = ['SN-1', 'SN-2', 'SN-3', 'SN-4'].slice(0, q);
    expect(codes(validateHardwareLines([hardwareLine({ quantity: q, serialNumbers: serials })], ctx()))).toContain(
      'QUANTITY_OUT_OF_RANGE',
    );
  });

  it('Given all 3 owned units, When validated, Then it is accepted', () => {
    expect(
      validateHardwareLines([hardwareLine({ quantity: 3, serialNumbers: ['SN-1', 'SN-2', 'SN-3'] })], ctx()),
    ).toEqual([]);
  });

  it('Given fewer serial numbers than the quantity, When validated, Then SERIAL_COUNT_MISMATCH', () => {
    const errors = validateHardwareLines([hardwareLine({ quantity: 2, serialNumbers: ['SN-1'] })], ctx());
    expect(errors).toEqual([
      expect.objectContaining({ path: 'hardwareLines.0.serialNumbers', code: 'SERIAL_COUNT_MISMATCH' }),
    ]);
  });

  it('Given a serial number of another line, When validated, Then SERIAL_NOT_ON_ORDER on that serial', () => {
    const errors = validateHardwareLines([hardwareLine({ serialNumbers: ['SN-1', 'SN-C1'] })], ctx());
    expect(errors).toEqual([
      expect.objectContaining({ path: 'hardwareLines.0.serialNumbers.1', code: 'SERIAL_NOT_ON_ORDER' }),
    ]);
  });

  it('Given a serial held by another open request, When validated, Then SERIAL_ALREADY_IN_UPGRADE naming it', () => {
    const errors = validateHardwareLines(
      [hardwareLine()],
      ctx({ serialsHeldElsewhere: new Map([['SN-2', 'UR-OTHER']]) }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'hardwareLines.0.serialNumbers.1',
        code: 'SERIAL_ALREADY_IN_UPGRADE',
        message: expect.stringContaining('UR-OTHER'),
      }),
    ]);
  });

  it('Given the same serial selected twice, When validated, Then SERIAL_SELECTED_TWICE', () => {
    const lines = [
      hardwareLine({ quantity: 1, serialNumbers: ['SN-1'] }),
      hardwareLine({ quantity: 1, serialNumbers: ['SN-1'] }),
    ];
    expect(codes(validateHardwareLines(lines, ctx()))).toEqual(['SERIAL_SELECTED_TWICE']);
  });

  it('Given standard shipping without carrier and shipping account, When validated, Then CARRIER_REQUIRED on both', () => {
    const errors = validateHardwareLines([hardwareLine({ shippingServiceLevel: 'standard' })], ctx());
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['hardwareLines.0.carrierName', 'CARRIER_REQUIRED'],
      ['hardwareLines.0.shippingAccount', 'CARRIER_REQUIRED'],
    ]);
  });

  it('Given standard shipping with carrier and shipping account, When validated, Then it is accepted', () => {
    expect(
      validateHardwareLines(
        [hardwareLine({ shippingServiceLevel: 'standard', carrierName: 'DHL', shippingAccount: 'ACC-9' })],
        ctx(),
      ),
    ).toEqual([]);
  });

  it.each(['expedited', 'next-day'] as const)(
    'Given %s shipping, When validated, Then no carrier is needed',
    (level) => {
      expect(validateHardwareLines([hardwareLine({ shippingServiceLevel: level })], ctx())).toEqual([]);
    },
  );

  it('Given no delivery address nor shipping level, When validated, Then both are reported', () => {
    const errors = validateHardwareLines(
      [hardwareLine({ deliveryAddressId: null, shippingServiceLevel: null })],
      ctx(),
    );
    expect(codes(errors)).toEqual(['DELIVERY_ADDRESS_REQUIRED', 'SHIPPING_SERVICE_LEVEL_REQUIRED']);
  });

  it('Given an address id not in the account book, When validated, Then DELIVERY_ADDRESS_UNKNOWN on that line', () => {
    const errors = validateHardwareLines([hardwareLine({ deliveryAddressId: 'addr-elsewhere' })], ctx());
    expect(errors).toEqual([
      expect.objectContaining({ path: 'hardwareLines.0.deliveryAddressId', code: 'DELIVERY_ADDRESS_UNKNOWN' }),
    ]);
    expect(codes(validateHardwareLines([hardwareLine()], ctx({ addressBook: null })))).toEqual([
      'DELIVERY_ADDRESS_UNKNOWN',
    ]);
  });

  it('Given serials added by the shipment, When validated, Then they count as on the order', () => {
    const shipped = order({
      shipments: [
        {
          eventId: 's',
          shippedAt: new Date('2026-11-02T00:00:00Z'),
          lines: [{ lineNumber: 1, sku: 'HW-R740', serialNumbers: ['SN-9'], warrantyEndsOn: null }],
        },
      ],
    });
    expect(validateHardwareLines([hardwareLine({ serialNumbers: ['SN-1', 'SN-9'] })], ctx({ order: shipped }))).toEqual(
      [],
    );
  });
});

describe('validate upgrade request: software lines and misc', () => {
  it('Given a valid software line, When validated, Then no rule is broken', () => {
    expect(validateSoftwareLines([{ sku: 'SW-OS-STD', targetSku: 'SW-OS-DC', quantity: 10 }], ctx())).toEqual([]);
  });

  it('Given a software SKU that is not on the order, When validated, Then SKU_NOT_ELIGIBLE', () => {
    expect(codes(validateSoftwareLines([{ sku: 'SW-NONE', targetSku: 'SW-OS-DC', quantity: 1 }], ctx()))).toEqual([
      'SKU_NOT_ELIGIBLE',
    ]);
  });

  it('Given a software target outside the catalog, When validated, Then UPGRADE_PATH_UNKNOWN', () => {
    expect(codes(validateSoftwareLines([{ sku: 'SW-OS-STD', targetSku: 'SW-X', quantity: 1 }], ctx()))).toEqual([
      'UPGRADE_PATH_UNKNOWN',
    ]);
  });

  it('Given software quantities above the owned 10 (in one or two lines), When validated, Then QUANTITY_OUT_OF_RANGE', () => {
    expect(codes(validateSoftwareLines([{ sku: 'SW-OS-STD', targetSku: 'SW-OS-DC', quantity: 11 }], ctx()))).toEqual([
      'QUANTITY_OUT_OF_RANGE',
    ]);
    const two = [
      { sku: 'SW-OS-STD', targetSku: 'SW-OS-DC', quantity: 6 },
      { sku: 'SW-OS-STD', targetSku: 'SW-OS-DC', quantity: 5 },
    ];
    expect(validateSoftwareLines(two, ctx())).toEqual([
      expect.objectContaining({ path: 'softwareLines.1.quantity', code: 'QUANTITY_OUT_OF_RANGE' }),
    ]);
  });

  it('Given a comment of 2000 characters, When validated, Then it is accepted; 2001 gives COMMENT_TOO_LONG', () => {
    expect(validateMisc('x'.repeat(2000))).toEqual([]);
    expect(codes(validateMisc('x'.repeat(2001)))).toEqual(['COMMENT_TOO_LONG']);
  });
});

describe('validate upgrade request: the whole request', () => {
  it('Given a complete request, When validated, Then no rule is broken', () => {
    expect(validateUpgradeRequest(validContent(), ctx())).toEqual([]);
  });

  it('Given no hardware and no software line, When validated, Then EMPTY_UPGRADE', () => {
    expect(codes(validateUpgradeRequest(validContent({ hardwareLines: [], softwareLines: [] }), ctx()))).toEqual([
      'EMPTY_UPGRADE',
    ]);
  });

  it('Given only software lines, When validated, Then it is accepted', () => {
    expect(validateUpgradeRequest(validContent({ hardwareLines: [] }), ctx())).toEqual([]);
  });

  it('Given many broken rules across steps, When validated, Then every one is reported at once', () => {
    const content = validContent({
      basicInfo: {
        discountPercent: 20,
        specialPricingFormNumber: null,
        startDate: '2020-01-01',
        deploymentWindowDays: 0,
        termOption: 'own-term',
        termMonths: null,
      },
      hardwareLines: [hardwareLine({ serialNumbers: ['SN-1'], shippingServiceLevel: 'standard' })],
      softwareLines: [{ sku: 'SW-OS-STD', targetSku: 'NOPE', quantity: 1 }],
      comment: 'y'.repeat(2001),
    });
    expect(codes(validateUpgradeRequest(content, ctx())).sort()).toEqual(
      [
        'SPECIAL_PRICING_FORM_REQUIRED',
        'START_DATE_IN_PAST',
        'DEPLOYMENT_WINDOW_OUT_OF_RANGE',
        'TERM_MONTHS_REQUIRED',
        'SERIAL_COUNT_MISMATCH',
        'CARRIER_REQUIRED',
        'CARRIER_REQUIRED',
        'UPGRADE_PATH_UNKNOWN',
        'COMMENT_TOO_LONG',
      ].sort(),
    );
  });
});

describe('serial conflicts found while holding serials', () => {
  it('Given serials held by another request, When reported, Then each conflicting serial gets SERIAL_ALREADY_IN_UPGRADE on its own path', () => {
    const content = validContent({
      hardwareLines: [hardwareLine({ quantity: 3, serialNumbers: ['SN-1', 'SN-2', 'SN-3'] })],
    });
    expect(serialConflictErrors(content, new Map([['SN-3', 'UR-9']]))).toEqual([
      expect.objectContaining({
        path: 'hardwareLines.0.serialNumbers.2',
        code: 'SERIAL_ALREADY_IN_UPGRADE',
        message: expect.stringContaining('UR-9'),
      }),
    ]);
    expect(serialConflictErrors(content, new Map())).toEqual([]);
  });
});
