// What a file really is, from its first bytes: a renamed executable or a web page is
// none of these, whatever its name or the type the browser claims.
export type AttachmentType = { mediaType: 'image/jpeg' | 'image/png' | 'application/pdf'; extension: string };

const signatures: { bytes: readonly number[]; type: AttachmentType }[] = [
  { bytes: [0xff, 0xd8, 0xff], type: { mediaType: 'image/jpeg', extension: 'jpg' } },
  {
    bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    type: { mediaType: 'image/png', extension: 'png' },
  },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], type: { mediaType: 'application/pdf', extension: 'pdf' } },
];

export function detectAttachmentType(head: Uint8Array): AttachmentType | null {
  const match = signatures.find(({ bytes }) => bytes.every((byte, index) => head[index] === byte));
  return match?.type ?? null;
}

// Kept for staff to recognise the file; never used as a path.
export function safeOriginalName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[^\p{L}\p{N} ._()-]/gu, '_').trim();
  return (cleaned || 'lampiran').slice(0, 120);
}
