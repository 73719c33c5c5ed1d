import { describe, expect, it } from 'vitest';
import { formText, formTexts, optionalFormText } from '@/lib/forms/form-data';

function posted(entries: Record<string, string | Blob>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(entries)) form.append(name, value);
  return form;
}

describe('reading a posted form', () => {
  const form = posted({ name: 'Sri Wahyuni', long: 'x'.repeat(300), blank: '   ', file: new Blob(['%PDF']) });

  it('reads text, cut to its field’s length, and anything else as empty', () => {
    expect(formText(form, 'name')).toBe('Sri Wahyuni');
    expect(formText(form, 'long')).toHaveLength(200);
    expect(formText(form, 'long', 10)).toBe('x'.repeat(10));
    expect(formText(form, 'file')).toBe('');
    expect(formText(form, 'missing')).toBe('');
  });

  it('reads an optional field trimmed, and blank as missing', () => {
    expect(optionalFormText(form, 'blank')).toBeUndefined();
    expect(optionalFormText(posted({ proof: ' abc ' }), 'proof')).toBe('abc');
    expect(optionalFormText(form, 'missing')).toBeUndefined();
  });

  it('reads several fields at once with their own lengths', () => {
    expect(formTexts(form, ['name', 'long', 'missing'], { long: 3 })).toEqual({
      name: 'Sri Wahyuni',
      long: 'xxx',
      missing: '',
    });
  });
});
