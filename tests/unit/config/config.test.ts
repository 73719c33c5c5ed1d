import { describe, expect, it } from 'vitest';
import { ConfigurationError, parseConfig } from '@/lib/config';

const secret = 'x'.repeat(32);

describe('parseConfig', () => {
  it('defaults to the embedded database in .data/pglite', () => {
    expect(parseConfig({}).database).toEqual({ mode: 'embedded', dataDir: '.data/pglite' });
  });

  it('caps failed confirmations at five a person and day unless told otherwise', () => {
    expect(parseConfig({}).failedConfirmationsPerDay).toBe(5);
    expect(parseConfig({ PORTAL_CONFIRMATIONS_PER_DAY: '3' }).failedConfirmationsPerDay).toBe(3);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = parseConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/portal', PORTAL_SECRET: secret });
    expect(config.database).toEqual({ mode: 'postgres', url: 'postgresql://u:p@db:5432/portal' });
  });

  it.each([
    [
      { DATABASE_URL: 'mysql://db/portal', PORTAL_SECRET: secret },
      'DATABASE_URL: must look like postgresql://',
    ],
    [{ DATABASE_URL: 'postgresql://db/portal' }, 'PORTAL_SECRET: required when DATABASE_URL is set'],
    [{ PORTAL_SECRET: 'short' }, 'PORTAL_SECRET: must be at least 32 characters'],
    [{ PORTAL_SEED_PERSONS: 'many' }, 'PORTAL_SEED_PERSONS'],
    [{ PORTAL_CONFIRMATIONS_PER_DAY: '0' }, 'PORTAL_CONFIRMATIONS_PER_DAY'],
    [
      { PORTAL_LOGIN_ATTEMPTS_PER_USER: '5' },
      'PORTAL_LOGIN_ATTEMPTS_PER_USER: replaced by PORTAL_LOGIN_ATTEMPTS_PER_USER_AND_IP',
    ],
  ])('rejects %o with a message naming the setting', (environment, message) => {
    expect(() => parseConfig(environment)).toThrow(ConfigurationError);
    expect(() => parseConfig(environment)).toThrow(message);
  });
});

describe('complaint channels', () => {
  it('has national defaults', () => {
    expect(parseConfig({}).complaintChannels.map((channel) => channel.name)).toContain('LAPOR!');
  });

  it('takes a JSON list from the environment', () => {
    const channels = JSON.stringify([{ name: 'Dinsos Kabupaten Bandung', phone: '022-5891234' }]);
    expect(parseConfig({ PORTAL_COMPLAINT_CHANNELS: channels }).complaintChannels).toEqual([
      { name: 'Dinsos Kabupaten Bandung', description: '', phone: '022-5891234' },
    ]);
  });

  it('rejects malformed JSON with a message naming the setting', () => {
    expect(() => parseConfig({ PORTAL_COMPLAINT_CHANNELS: '[{' })).toThrow(
      'PORTAL_COMPLAINT_CHANNELS: must be valid JSON',
    );
  });
});

describe('complaint channel links', () => {
  it('accepts only web addresses', () => {
    const channels = JSON.stringify([{ name: 'X', url: 'javascript:alert(1)' }]);
    expect(() => parseConfig({ PORTAL_COMPLAINT_CHANNELS: channels })).toThrow('PORTAL_COMPLAINT_CHANNELS');
  });
});

describe('the public gate settings', () => {
  it('default to limits sized for many residents behind one carrier address', () => {
    const config = parseConfig({});
    expect(config.rateLimits).toMatchObject({
      ipPerMinute: 600,
      formTokenPerMinute: 60,
      challengesPerMinute: 1200,
    });
    expect(config.proofCostRaise).toEqual({
      perAddressPerMinute: 150,
      perVillagePerMinute: 60,
      maxDoublings: 4,
    });
    expect(config.formToken).toEqual({ delaySeconds: 3, lifetimeMinutes: 30 });
  });

  it.each([
    [{ PORTAL_RATE_FORM_TOKEN_PER_MINUTE: '0' }, 'PORTAL_RATE_FORM_TOKEN_PER_MINUTE'],
    [{ PORTAL_POW_MAX_DOUBLINGS: '11' }, 'PORTAL_POW_MAX_DOUBLINGS'],
    [{ PORTAL_FORM_TOKEN_DELAY_SECONDS: 'soon' }, 'PORTAL_FORM_TOKEN_DELAY_SECONDS'],
  ])('rejects %o with a message naming the setting', (environment, message) => {
    expect(() => parseConfig(environment)).toThrow(message);
  });
});
