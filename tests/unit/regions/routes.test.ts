import { describe, expect, it } from 'vitest';
import { GET as getChildren } from '@/app/api/regions/[code]/route';
import { GET as getProvinces } from '@/app/api/regions/route';
import { regionDataVersion } from '@/lib/regions/catalog';
import { regionDataPath } from '@/lib/regions/data-url';

const immutable = 'public, max-age=31536000, immutable';
const request = (path: string) => new Request(`http://localhost${path}`);

function childrenOf(code: string, path = regionDataPath(regionDataVersion, code)): Promise<Response> {
  return getChildren(request(path), { params: Promise.resolve({ code }) });
}

describe('region list endpoints', () => {
  it('sends the provinces as [code, name] pairs, cacheable for a year', async () => {
    const response = await getProvinces(request(regionDataPath(regionDataVersion)));
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe(immutable);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body: unknown = await response.json();
    expect(body).toHaveLength(38);
    expect(body).toContainEqual(['32', 'Jawa Barat']);
  });

  it.each([
    ['32', ['32.04', 'Kabupaten Bandung']],
    ['32.04', ['32.04.05', 'Cileunyi']],
    ['32.04.05', ['32.04.05.2002', 'Cileunyi Wetan']],
  ])('sends the children of %s', async (code, expected) => {
    const response = await childrenOf(code);
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe(immutable);
    expect(await response.json()).toContainEqual(expected);
  });

  it.each([['/api/regions/32'], ['/api/regions/32?v=0.0.1']])(
    'caches %s only briefly: its URL does not name the current list',
    async (path) => {
      const response = await childrenOf('32', path);
      expect(response.status).toBe(200);
      expect(response.headers.get('Cache-Control')).toBe('public, max-age=300');
    },
  );

  it.each([['bandung'], ['32.4'], ['32.04.05.2002.1'], ['']])(
    'answers 400 to the malformed code %j',
    async (code) => {
      const response = await childrenOf(code);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'malformed-code' });
      expect(response.headers.get('Cache-Control')).not.toContain('immutable');
    },
  );

  it.each([['99'], ['32.99'], ['32.04.05.2002']])('answers 404 to %s, which has no list', async (code) => {
    const response = await childrenOf(code);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'unknown-code' });
    expect(response.headers.get('Cache-Control')).not.toContain('immutable');
  });
});
