import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { RecordNotFound } from '@/components/assisted/RecordNotFound';
import { SlipSheet } from '@/components/slips/SlipSheet';
import { AppLink } from '@/components/ui/AppLink';
import { getPathname } from '@/i18n/navigation';
import { enterLocale } from '@/i18n/params';
import { unlistedMetadata } from '@/i18n/unlisted-metadata';
import { readStaffSlip } from '@/lib/slips';
import { requireStaff } from '@/lib/staff/next';
import { describeVillage } from '@/lib/regions';

export const dynamicParams = true;

type PageProps = { params: Promise<{ locale: string; code: string }> };

export const generateMetadata = unlistedMetadata((t) => t('Slip.metaTitle'));

// The printable result slip (the layout hides navigation in print). It shows exactly what
// /verifikasi will show for its code.
export default async function SlipPage({ params }: PageProps) {
  const locale = await enterLocale(params);
  const session = await requireStaff('lookup');
  const t = await getTranslations('Slip');
  const { code } = await params;
  const slip = await readStaffSlip(session, code.slice(0, 20));
  const described = slip ? await describeVillage(slip.villageCode) : null;
  if (!slip || !described) return <RecordNotFound />;
  const requestHeaders = await headers();
  const host = requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host') ?? '';
  const protocol = requestHeaders.get('x-forwarded-proto')?.split(',')[0] ?? 'http';
  const verifyUrl = `${protocol}://${host}${getPathname({ href: '/verifikasi', locale })}`;
  return (
    <div className="space-y-6">
      <p className="print:hidden">
        <AppLink href={`/petugas/warga/${slip.personId}?ref=${slip.reference}`}>{t('backToRecord')}</AppLink>
      </p>
      <article
        aria-labelledby="slip-title"
        className="space-y-4 border-2 border-ink p-4 print:border-0 print:p-0"
      >
        <h1 id="slip-title" className="text-2xl font-bold">
          {t('title')}
        </h1>
        <SlipSheet
          slip={slip}
          place={{
            village: described.village.name,
            district: described.district.name,
            regency: described.regency.name,
            province: described.province.name,
          }}
        />
        <p>{t('verifyHint', { url: verifyUrl })}</p>
        <p className="text-sm text-muted">{t('reference', { code: slip.reference })}</p>
      </article>
      <p className="text-muted print:hidden">{t('printHint')}</p>
    </div>
  );
}
