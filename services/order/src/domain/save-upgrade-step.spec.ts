import {
  contract,
  ctx,
  draft,
  hardwareLine,
  olivia,
  oscar,
  pending,
  refusal,
  validContent,
} from './__fixtures__/upgrade';
import { saveUpgradeStep } from './save-upgrade-step';
import { submitUpgradeRequest } from './submit-upgrade-request';
import type { UpgradeRequestState } from './upgrade-request';

describe('the wizard step by step', () => {
  it('Given a draft, When every step is saved and it is submitted, Then it is pending approval', () => {
    let state: UpgradeRequestState = draft();
    const c = validContent();
    state = saveUpgradeStep(state, olivia, { step: 'basic-info', basicInfo: c.basicInfo }, ctx()).state;
    state = saveUpgradeStep(state, olivia, { step: 'hardware', hardwareLines: c.hardwareLines }, ctx()).state;
    state = saveUpgradeStep(state, olivia, { step: 'software', softwareLines: c.softwareLines }, ctx()).state;
    state = saveUpgradeStep(state, olivia, { step: 'misc', comment: 'ok' }, ctx()).state;
    const { state: submitted, events } = submitUpgradeRequest(state, olivia, ctx());
    expect(submitted.status).toBe('pending-approval');
    expect(events.map((e) => e.type)).toEqual(['UpgradeRequestSubmitted', 'UpgradeApprovalRequested']);
  });

  it('Given a draft, When a step with broken rules is saved, Then all its errors are refused and the draft is unchanged', () => {
    const e = refusal(() =>
      saveUpgradeStep(
        draft(),
        olivia,
        { step: 'hardware', hardwareLines: [hardwareLine({ targetSku: 'X', shippingServiceLevel: 'standard' })] },
        ctx(),
      ),
    );
    expect(e.errors?.map((x) => x.code)).toEqual(['UPGRADE_PATH_UNKNOWN', 'CARRIER_REQUIRED', 'CARRIER_REQUIRED']);
  });

  it('Given an incomplete draft, When submitted, Then the missing parts are refused (EMPTY_UPGRADE among them)', () => {
    const e = refusal(() => submitUpgradeRequest(draft(), olivia, ctx()));
    expect(e.errors?.map((x) => x.code)).toEqual(
      expect.arrayContaining([
        'START_DATE_REQUIRED',
        'DEPLOYMENT_WINDOW_REQUIRED',
        'TERM_OPTION_REQUIRED',
        'EMPTY_UPGRADE',
      ]),
    );
  });

  it("Given someone else's draft, When a step is saved or it is submitted, Then 403 NOT_REQUESTER", () => {
    expect(refusal(() => saveUpgradeStep(draft(), oscar, { step: 'misc', comment: null }, ctx())).code).toBe(
      'NOT_REQUESTER',
    );
    expect(refusal(() => submitUpgradeRequest(draft(validContent()), oscar, ctx())).code).toBe('NOT_REQUESTER');
  });

  it('Given a submitted request, When a step is saved or it is submitted again, Then 409 UPGRADE_REQUEST_NOT_DRAFT', () => {
    expect(refusal(() => saveUpgradeStep(pending(), olivia, { step: 'misc', comment: null }, ctx())).status).toBe(409);
    expect(refusal(() => submitUpgradeRequest(pending(), olivia, ctx())).code).toBe('UPGRADE_REQUEST_NOT_DRAFT');
  });

  it('Given a draft whose contract expired meanwhile, When submitted, Then CONTRACT_NOT_ACTIVE', () => {
    expect(
      refusal(() =>
        submitUpgradeRequest(draft(validContent()), olivia, ctx({ contract: contract({ status: 'expired' }) })),
      ).code,
    ).toBe('CONTRACT_NOT_ACTIVE');
  });

  it('Given a serial taken by another request since the draft, When submitted, Then SERIAL_ALREADY_IN_UPGRADE', () => {
    const e = refusal(() =>
      submitUpgradeRequest(draft(validContent()), olivia, ctx({ serialsHeldElsewhere: new Map([['SN-1', 'UR-9']]) })),
    );
    expect(e.code).toBe('SERIAL_ALREADY_IN_UPGRADE');
  });
});
