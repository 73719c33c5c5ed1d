import type { StaffRoleName } from '@/lib/staff/caller';

// The demo accounts of docs/demo-staff.md. Created only together with the demo registry, never on
// imported data; their password and TOTP secrets are public, so they must never guard real data.
export const demoStaffPassword = 'demo-petugas-2026';

export const demoStaffAccounts: readonly {
  username: string;
  displayName: string;
  role: StaffRoleName;
  regionCodes: readonly string[];
  totpSecret: string | null;
}[] = [
  {
    username: 'operator.kedungdoro',
    displayName: 'Operator Kedungdoro',
    role: 'OPERATOR_DESA',
    regionCodes: ['35.78.05.1003'],
    totpSecret: null,
  },
  {
    username: 'operator.cileunyi',
    displayName: 'Operator Cileunyi Wetan',
    role: 'OPERATOR_DESA',
    regionCodes: ['32.04.05.2002'],
    totpSecret: null,
  },
  {
    username: 'dinsos.surabaya',
    displayName: 'Dinsos Kota Surabaya',
    role: 'DINSOS',
    regionCodes: ['35.78'],
    totpSecret: 'DEMOSURABAYA2345DEMOSURABAYA2345',
  },
  {
    username: 'dinsos.bandung',
    displayName: 'Dinsos Kabupaten Bandung',
    role: 'DINSOS',
    regionCodes: ['32.04'],
    totpSecret: 'DEMOBANDUNG23456DEMOBANDUNG23456',
  },
  {
    username: 'admin',
    displayName: 'Admin Demo',
    role: 'ADMIN',
    regionCodes: [],
    totpSecret: 'DEMOADMIN2345672DEMOADMIN2345672',
  },
];
