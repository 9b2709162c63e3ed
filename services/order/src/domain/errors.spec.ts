import { mergeErrors, PLATFORM_ERRORS } from '@portal/platform/src/domain';
import { orderErrors } from './errors';

describe('order error catalog', () => {
  it('Given the platform catalog, When merged with the order catalog, Then no code has two statuses', () => {
    expect(() => mergeErrors(orderErrors, PLATFORM_ERRORS)).not.toThrow();
  });

  it('Given a code of the catalog, When thrown, Then it is a DomainError with the catalog status', () => {
    const error = orderErrors.NOT_REQUESTER('someone else asked');
    expect(error).toMatchObject({ code: 'NOT_REQUESTER', status: 403 });
  });
});
