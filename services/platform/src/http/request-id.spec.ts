import { requestIdFrom } from './request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('requestIdFrom', () => {
  it.each(['4111111111111111', '4111 1111 1111 1111', 'req-4111-1111-1111-1111', 'a b', 'x'.repeat(101), ''])(
    'Given %j, Then a fresh uuid replaces it',
    (header) => expect(requestIdFrom(header)).toMatch(UUID),
  );

  it.each(['0b6d1c4e-4a7e-4a8b-9f4f-2f0c1d2e3f40', '01HZX3J8Q4K7YJ2W3V5T6R8N9M', 'gw:abc.123'])(
    'Given the plausible id %j, Then it is kept',
    (header) => expect(requestIdFrom(header)).toBe(header),
  );
});
