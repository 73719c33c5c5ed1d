import { describe, expect, it } from 'vitest';
import { ConfigurationError, parseConfig } from '@/lib/config';

const secret = 'x'.repeat(32);

describe('parseConfig', () => {
  it('defaults to the embedded database in .data/pglite', () => {
    expect(parseConfig({}).database).toEqual({ mode: 'embedded', dataDir: '.data/pglite' });
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
