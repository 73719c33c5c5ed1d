import { describe, expect, it } from 'vitest';
import { parseAssistedSearch } from '@/lib/lookup/assisted/schema';

const base = { villageCode: '35.78.05.1003', purpose: 'layanan warga datang langsung', consent: 'ya' };

describe('assisted search form', () => {
  it('accepts a name or a NIK with consent and a purpose', () => {
    expect(parseAssistedSearch({ ...base, fullName: 'Sri Wahyuni', nik: '' }).success).toBe(true);
    const byNik = parseAssistedSearch({ ...base, fullName: '', nik: '3578 0547 0385 9001' });
    expect(byNik.success && byNik.data.nik).toBe('3578054703859001');
  });

  it('reports every missing piece at once', () => {
    const parsed = parseAssistedSearch({ villageCode: '', fullName: '', nik: '', purpose: '', consent: '' });
    expect(parsed.success ? null : parsed.errors).toEqual({
      villageCode: 'villageRequired',
      fullName: 'nameOrNikRequired',
      purpose: 'purposeRequired',
      consent: 'consentRequired',
    });
  });

  it('rejects a malformed NIK', () => {
    const parsed = parseAssistedSearch({ ...base, fullName: '', nik: '12345' });
    expect(parsed.success ? null : parsed.errors).toEqual({ nik: 'nikFormat' });
  });
});
