import { DomainError } from '../errors';
import { refusal } from './refusal';

const problemResponse = (status: number, code: string) => ({
  status,
  headers: { 'content-type': 'application/problem+json; charset=utf-8' },
  body: { type: 'https://x/problems/x', title: 'Conflict', status, detail: 'no', code },
});

describe('refusal', () => {
  it('Given a domain function that refuses, Then the refusal is returned; one that does not fails the test', () => {
    expect(
      refusal(() => {
        throw new DomainError('QUOTE_EXPIRED', 'late', { status: 409 });
      }),
    ).toMatchObject({
      code: 'QUOTE_EXPIRED',
      status: 409,
      detail: 'late',
    });
    expect(() => refusal(() => 1)).toThrow('expected a refusal, nothing was thrown');
    expect(() =>
      refusal(() => {
        throw new DomainError('A', 'x');
      }, 'B'),
    ).toThrow('expected refusal B, got A');
    expect(() =>
      refusal(() => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });

  it('Given a rejected promise or a problem answer, Then the refusal is returned', async () => {
    await expect(
      refusal(Promise.reject(new DomainError('NOT_FOUND', 'gone', { status: 404 })), 'NOT_FOUND'),
    ).resolves.toMatchObject({ status: 404 });
    await expect(
      refusal(Promise.resolve(problemResponse(409, 'QUOTE_EXPIRED')), 'QUOTE_EXPIRED'),
    ).resolves.toMatchObject({ status: 409 });
    expect(refusal(problemResponse(409, 'QUOTE_EXPIRED')).problem).toMatchObject({ title: 'Conflict' });
    await expect(refusal(Promise.resolve(42))).rejects.toThrow('the call succeeded');
  });

  it('Given an answer that is not an RFC 9457 problem, Then the test fails', () => {
    expect(() => refusal({ status: 200, headers: {}, body: {} })).toThrow('not a refusal status');
    expect(() => refusal({ status: 409, headers: { 'content-type': 'application/json' }, body: {} })).toThrow(
      'not application/problem+json',
    );
  });
});
