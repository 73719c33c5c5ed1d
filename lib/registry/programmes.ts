// The national programmes a DTKS export lists per payment period, with the names the
// `programme` table is filled with. Messages hold each one's explanation for residents.
export const programmeCodes = ['PKH', 'BPNT', 'PBI_JK', 'BLT', 'PIP'] as const;
export type ProgrammeCode = (typeof programmeCodes)[number];

export const programmeNames: Readonly<Record<ProgrammeCode, string>> = {
  PKH: 'Program Keluarga Harapan',
  BPNT: 'Bantuan Pangan Non Tunai (Program Sembako)',
  PBI_JK: 'Penerima Bantuan Iuran Jaminan Kesehatan',
  BLT: 'Bantuan Langsung Tunai',
  PIP: 'Program Indonesia Pintar',
};

export function isProgrammeCode(code: string): code is ProgrammeCode {
  return (programmeCodes as readonly string[]).includes(code);
}
