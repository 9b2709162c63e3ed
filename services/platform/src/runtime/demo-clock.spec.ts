import { demoModeFrom } from './demo-clock';

describe('DEMO_MODE', () => {
  it('is off unless the variable says true; a value other than true/false stops the start with its name', () => {
    expect(demoModeFrom({})).toBe(false);
    expect(demoModeFrom({ DEMO_MODE: 'true' })).toBe(true);
    expect(demoModeFrom({ DEMO_MODE: 'false' })).toBe(false);
    expect(demoModeFrom({ DEMO_MODE: 'true' }, false)).toBe(false);
    expect(() => demoModeFrom({ DEMO_MODE: 'yes' })).toThrow(/DEMO_MODE/);
  });
});
