import { describe, expect, it } from 'vitest';
import { detectAttachmentType, safeOriginalName } from '@/lib/tickets/attachment-type';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe('attachment type by content', () => {
  it.each([
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'image/jpeg'],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'image/png'],
    ['PDF', ascii('%PDF-1.7\n'), 'application/pdf'],
  ])('recognises %s', (_, head, mediaType) => {
    expect(detectAttachmentType(head)?.mediaType).toBe(mediaType);
  });

  it.each([
    ['a Windows executable', bytes(0x4d, 0x5a, 0x90, 0)],
    ['an ELF binary', bytes(0x7f, 0x45, 0x4c, 0x46)],
    ['an HTML page', ascii('<!doctype html>')],
    ['an SVG image', ascii('<svg xmlns=')],
    ['a truncated PNG signature', bytes(0x89, 0x50, 0x4e, 0x47)],
    ['an empty file', bytes()],
  ])('refuses %s', (_, head) => {
    expect(detectAttachmentType(head)).toBeNull();
  });
});

describe('original file names', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\ibu\\Foto KK.jpg', 'Foto KK.jpg'],
    ['<script>.png', '_script_.png'],
    ['', 'lampiran'],
  ])('keeps %s as %s', (raw, expected) => {
    expect(safeOriginalName(raw)).toBe(expected);
  });
});
