// Column lists of the tables bulk writers fill, in COPY order (parents first).
export const bulkTables = {
  household: ['id', 'kk_hash', 'kk_masked', 'village_code', 'address', 'rt', 'rw'],
  person: [
    'id',
    'household_id',
    'village_code',
    'full_name',
    'normalized_name',
    'birth_date',
    'sex',
    'family_role',
    'nik_hash',
    'nik_masked',
    'quality_flags',
  ],
  person_name_key: ['village_code', 'key', 'person_id'],
  dtks_entry: ['snapshot_id', 'person_id', 'status'],
  dtsen_entry: ['snapshot_id', 'person_id', 'desil', 'welfare_group'],
  programme_assignment: ['snapshot_id', 'person_id', 'programme_code', 'period', 'received', 'remark'],
} as const;

export type BulkTable = keyof typeof bulkTables;
