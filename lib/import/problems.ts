import type { QualityFlag } from '@/lib/registry';

// Reason codes of the import report, with the Indonesian text Dinsos staff read in the
// report and in the CSV of rejected rows. Codes are stable: reports and tests key on them.

export const rowProblems = {
  KOLOM_TIDAK_LENGKAP: 'Jumlah kolom pada baris ini tidak sama dengan judul kolom.',
  NIK_TIDAK_VALID: 'NIK harus 16 angka.',
  NIK_TANGGAL_MUSTAHIL: 'Angka tanggal lahir di dalam NIK (angka ke-7 sampai ke-12) bukan tanggal yang ada.',
  NIK_GANDA: 'NIK ini sudah ada di baris lain pada berkas yang sama.',
  KK_TIDAK_VALID: 'No. KK harus 16 angka.',
  NAMA_TIDAK_VALID: 'Nama kosong, tanpa huruf, atau lebih dari 100 huruf.',
  TANGGAL_LAHIR_TIDAK_VALID:
    'Tanggal lahir harus berbentuk TTTT-BB-HH (contoh 1985-03-07) dan tidak di masa depan.',
  JENIS_KELAMIN_TIDAK_VALID: 'Jenis kelamin harus L atau P.',
  HUBUNGAN_KELUARGA_TIDAK_VALID:
    'Hubungan keluarga harus salah satu dari: KEPALA_KELUARGA, SUAMI, ISTRI, ANAK, ORANG_TUA, FAMILI_LAIN.',
  KODE_DESA_TIDAK_DIKENAL: 'Kode desa tidak ada dalam daftar wilayah Kemendagri (contoh 35.78.05.1003).',
  ALAMAT_TIDAK_VALID: 'Alamat kosong atau lebih dari 200 huruf.',
  RT_RW_TIDAK_VALID: 'RT dan RW harus 1 sampai 3 angka.',
  STATUS_DTKS_TIDAK_VALID: 'Status DTKS harus AKTIF atau NONAKTIF.',
  STATUS_PROGRAM_TIDAK_VALID: 'Status program harus YA, TIDAK, atau kosong.',
  DESIL_TIDAK_VALID: 'Desil harus angka 1 sampai 10.',
  DI_LUAR_WILAYAH: 'Desa ini di luar wilayah kerja Anda.',
} as const;
export type RowProblemCode = keyof typeof rowProblems;

// Accepted rows whose NIK disagrees with what the row says: the domain treats this as
// a data-quality problem to flag (the lookup shows "data perlu perbaikan"), not a
// reason to drop a resident from the registry.
export const flagProblems = {
  NIK_TANGGAL_LAHIR_TIDAK_SESUAI: 'Tanggal lahir di NIK tidak sama dengan kolom tanggal lahir.',
  NIK_JENIS_KELAMIN_TIDAK_SESUAI:
    'Jenis kelamin di NIK (tanggal +40 untuk perempuan) tidak sama dengan kolom jenis kelamin.',
  NIK_WILAYAH_TIDAK_SESUAI:
    'Kode kecamatan di NIK (angka ke-1 sampai ke-6) tidak sama dengan kecamatan desa.',
} as const satisfies Partial<Record<QualityFlag, string>>;
export type FlagCode = keyof typeof flagProblems;

export const fileProblems = {
  BERKAS_KOSONG: 'Berkas kosong atau hanya berisi judul kolom.',
  BUKAN_UTF8: 'Berkas bukan teks UTF-8. Simpan ulang sebagai "CSV UTF-8" lalu unggah lagi.',
  PEMISAH_SALAH: 'Pemisah kolom harus koma (,). Berkas ini memakai titik koma atau tab.',
  KOLOM_HILANG: 'Kolom wajib tidak ada',
  KOLOM_TIDAK_DIKENAL: 'Kolom tidak dikenal',
  SUMBER_LAIN: 'Berkas ini tampaknya dari sumber lain (DTKS dan DTSEN tertukar); kolom penandanya',
  BARIS_TERAKHIR_TERPOTONG:
    'Baris terakhir terpotong: berkas tidak diakhiri baris baru. Mungkin unduhan belum selesai; ambil berkas lengkap.',
  DATA_DEMO: 'Basis data berisi data demo. Data asli tidak dicampur dengan data demo.',
  WILAYAH_TERLALU_SEMPIT:
    'Snapshot yang berlaku mencakup wilayah di luar wilayah kerja Anda. Snapshot baru menggantikan seluruhnya, jadi hanya admin yang dapat mengimpornya.',
} as const;
export type FileProblemCode = keyof typeof fileProblems;

// Everything a whole file can be refused for, including a broken quote found while loading.
export const fileVerdictCodes = [...(Object.keys(fileProblems) as FileProblemCode[]), 'KUTIP_RUSAK'] as const;
export type FileVerdictCode = FileProblemCode | 'KUTIP_RUSAK';

export type RowProblem = { column: string; code: RowProblemCode; value: string };
