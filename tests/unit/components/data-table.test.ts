import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable } from '@/components/ui/DataTable';

type Props = Parameters<typeof DataTable>[0];

const render = (props: Props) => renderToStaticMarkup(createElement(DataTable, props));

const villages: Props = {
  caption: 'Perubahan per desa',
  columns: [
    { key: 'village', label: 'Desa' },
    { key: 'entered', label: 'Masuk', numeric: true },
  ],
  rows: [{ key: '35.78.05.1003', cells: ['Kedungdoro', 3], data: { 'data-village': '35.78.05.1003' } }],
};

describe('DataTable', () => {
  it('names the table and its scroll region by the caption, and scopes every header', () => {
    const html = render({ ...villages, rowHeaders: true });
    expect(html).toContain('role="region" aria-label="Perubahan per desa" tabindex="0"');
    expect(html).toMatch(/<caption[^>]*>Perubahan per desa<\/caption>/);
    expect(html.match(/<th scope="col"/g)).toHaveLength(2);
    expect(html).toMatch(/<th scope="row"[^>]*>Kedungdoro<\/th>/);
    expect(html).toContain('data-village="35.78.05.1003"');
  });

  it('aligns numbers right, header and cells alike', () => {
    const html = render(villages);
    expect(html).toMatch(/<th scope="col" class="[^"]*text-right[^"]*">Masuk<\/th>/);
    expect(html).toMatch(/<td class="[^"]*text-right tabular-nums[^"]*">3<\/td>/);
    expect(html).toMatch(/<td class="p-2">Kedungdoro<\/td>/);
  });

  it('keeps a hidden caption for screen readers', () => {
    expect(render({ ...villages, captionHidden: true })).toMatch(/<caption class="sr-only">/);
  });

  it('shows the empty state instead of a table without rows', () => {
    const html = render({ ...villages, rows: [], empty: createElement('p', null, 'Tidak ada perubahan.') });
    expect(html).toBe('<p>Tidak ada perubahan.</p>');
  });
});
