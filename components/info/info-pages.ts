// The explanation pages, in the order the index lists them; `key` is each page's namespace under `Info`.
export const infoPages = [
  { key: 'dtksDtsen', href: '/info/dtks-dtsen' },
  { key: 'programmes', href: '/info/program' },
  { key: 'desil', href: '/info/desil' },
  { key: 'registered', href: '/info/terdaftar-belum-tentu-menerima' },
  { key: 'notFound', href: '/info/tidak-ditemukan' },
  { key: 'faq', href: '/info/tanya-jawab' },
  { key: 'complaints', href: '/info/pengaduan' },
] as const;

export type InfoPageKey = (typeof infoPages)[number]['key'];

export function infoHref(key: InfoPageKey): string {
  return infoPages.find((page) => page.key === key)?.href ?? '/info';
}
