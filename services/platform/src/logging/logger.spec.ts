import { Writable } from 'node:stream';
import { createLogger } from './logger';
import { maskCardNumbers } from './card-numbers';

const PAN = '4111111111111111';

function captured() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger('test', 'info', destination), text: () => lines.join('') };
}

describe('logs never carry a card number', () => {
  it.each([
    ['a field', (l: ReturnType<typeof createLogger>) => l.info({ requestId: PAN }, 'http')],
    ['a nested field', (l: ReturnType<typeof createLogger>) => l.info({ a: { b: [{ path: `/x/${PAN}` }] } }, 'http')],
    ['a key', (l: ReturnType<typeof createLogger>) => l.info({ [PAN]: 1 }, 'http')],
    ['the message', (l: ReturnType<typeof createLogger>) => l.info(`card ${PAN} seen`)],
    ['a grouped number', (l: ReturnType<typeof createLogger>) => l.info({ q: '4111 1111 1111 1111' }, 'x')],
    [
      'an error message and stack',
      (l: ReturnType<typeof createLogger>) => l.error({ err: new Error(`bad ${PAN}`) }, 'x'),
    ],
    ['an error as the only argument', (l: ReturnType<typeof createLogger>) => l.error(new Error(`bad ${PAN}`))],
    ['a query string', (l: ReturnType<typeof createLogger>) => l.warn({ url: `/orders?ref=tok${PAN}` }, 'x')],
  ])('Given a card number in %s, When logged, Then it is masked', (_where, log) => {
    const { logger, text } = captured();
    log(logger);
    expect(text()).not.toContain(PAN);
    expect(text()).not.toContain('4111 1111 1111 1111');
    expect(text()).toContain('[redacted-pan]');
  });

  it('Given numbers that are not card numbers (ids, timestamps failing Luhn), When masked, Then kept', () => {
    expect(maskCardNumbers('order 1733065200001 at 12:00')).toBe('order 1733065200001 at 12:00');
  });
});
