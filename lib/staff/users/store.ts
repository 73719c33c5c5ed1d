import 'server-only';
import type { SqlSession } from '@/lib/db';
import type { StaffRoleName } from '@/lib/staff/caller';

export type StaffUserRow = {
  username: string;
  displayName: string;
  passwordHash: string;
  role: StaffRoleName;
  // Already encrypted (lib/staff/sign-in/secret-box).
  totpSecret: string | null;
  regionCodes: readonly string[];
  // One of the published demo accounts (removed with the demo registry).
  demo?: boolean;
};

// Inserts a user and its scope rows; null when the username is taken.
export async function insertStaffUser(sql: SqlSession, row: StaffUserRow): Promise<number | null> {
  const [inserted] = await sql.query<{ id: number }>(
    `INSERT INTO staff_user (username, display_name, password_hash, role, totp_secret, demo)
     VALUES ($1, $2, $3, $4::"StaffRole", $5, $6) ON CONFLICT (username) DO NOTHING RETURNING id`,
    [row.username, row.displayName, row.passwordHash, row.role, row.totpSecret, row.demo ?? false],
  );
  if (!inserted) return null;
  for (const code of row.regionCodes) {
    await sql.query('INSERT INTO staff_scope (user_id, region_code) VALUES ($1, $2)', [inserted.id, code]);
  }
  return inserted.id;
}

// The region codes among `codes` that are not in the official region tables.
export async function unknownRegionCodes(sql: SqlSession, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await sql.query<{ code: string }>(
    `SELECT code FROM village WHERE code = ANY($1::text[]) UNION SELECT code FROM regency WHERE code = ANY($1::text[])`,
    [codes],
  );
  const known = new Set(rows.map((row) => row.code));
  return codes.filter((code) => !known.has(code));
}
