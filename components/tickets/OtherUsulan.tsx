import { getTranslations } from 'next-intl/server';
import { AppLink } from '@/components/ui/AppLink';

// The other open usulan for the same No. KK: filed by different people, weighed together.
export async function OtherUsulan({ codes }: { codes: readonly string[] }) {
  if (codes.length === 0) return null;
  const t = await getTranslations('StaffTickets');
  return (
    <p data-other-usulan="">
      {t('otherUsulan')}{' '}
      {codes.map((code, index) => (
        <span key={code}>
          {index > 0 ? ', ' : null}
          <AppLink href={`/petugas/tiket/${code}`} className="font-mono">
            {code}
          </AppLink>
        </span>
      ))}
    </p>
  );
}
