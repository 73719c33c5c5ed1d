const programmeKeys = ['PKH', 'BPNT', 'PBI_JK', 'BLT', 'PIP'] as const;
export type ProgrammeKey = (typeof programmeKeys)[number];

// Programmes with a name and explanation in messages/*.json; others show their code.
export function isProgrammeKey(code: string): code is ProgrammeKey {
  return (programmeKeys as readonly string[]).includes(code);
}
