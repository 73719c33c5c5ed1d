import { getTranslations } from 'next-intl/server';
import { RecordNotFound } from '@/components/assisted/RecordNotFound';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeading } from '@/components/ui/PageHeading';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { enterLocale } from '@/i18n/params';
import { unlistedMetadata } from '@/i18n/unlisted-metadata';
import { openPersonRecord } from '@/lib/lookup';
import { requireStaff } from '@/lib/staff/next';
import { describeVillage } from '@/lib/regions';
import { HouseholdTable } from './_components/HouseholdTable';
import { ProgrammeHistory } from './_components/ProgrammeHistory';
import { RegistryEntries } from './_components/RegistryEntries';
import { createSlip } from './actions';
import { parseRecordId } from '@/lib/forms';

export const dynamicParams = true;

const knownQualityFlags = [
  'NIK_TIDAK_PADAN_DUKCAPIL',
  'NIK_TANGGAL_LAHIR_TIDAK_SESUAI',
  'NIK_JENIS_KELAMIN_TIDAK_SESUAI',
  'NIK_WILAYAH_TIDAK_SESUAI',
] as const;

function isKnownQualityFlag(flag: string): flag is (typeof knownQualityFlags)[number] {
  return (knownQualityFlags as readonly string[]).includes(flag);
}

type PageProps = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ ref?: string | string[] }>;
};

export const generateMetadata = unlistedMetadata((t) => t('Assisted.recordMetaTitle'));

// The full record of one resident, opened from a consented search (?ref=); each view is logged.
export default async function PersonRecordPage({ params, searchParams }: PageProps) {
  await enterLocale(params);
  const session = await requireStaff('lookup');
  const t = await getTranslations('Assisted');
  const { id } = await params;
  const { ref } = await searchParams;
  const reference = (Array.isArray(ref) ? ref[0] : ref)?.slice(0, 16) ?? '';
  const personId = parseRecordId(id);
  const opened =
    personId === null || reference === '' ? null : await openPersonRecord(session, personId, reference);
  if (!opened) return <RecordNotFound />;
  const { record, lookup } = opened;
  const place = await describeVillage(record.villageCode);
  const facts: [string, string][] = [
    [t('nik'), record.nikMasked],
    [t('birthDate'), `${record.birthDate} (${t('age', { age: record.age })})`],
    [t('sexLabel'), t(`sex.${record.sex}`)],
    [t('familyRoleLabel'), t(`roles.${record.familyRole}`)],
    [
      t('address'),
      t('addressValue', {
        address: record.household.address,
        rt: record.household.rt,
        rw: record.household.rw,
      }),
    ],
    [
      t('villageLabel'),
      place ? `${place.village.name}, ${place.district.name}, ${place.regency.name}` : record.villageCode,
    ],
  ];

  return (
    <div className="space-y-6">
      <p className="print:hidden">
        <AppLink href="/petugas/cek">{t('backToSearch')}</AppLink>
      </p>
      <div className="space-y-1">
        <PageHeading>{record.fullName}</PageHeading>
        <p className="text-muted">
          {t('viewContext', { purpose: lookup.purpose, reference: lookup.reference })}
        </p>
      </div>
      <section aria-labelledby="identitas" className="space-y-2">
        <h2 id="identitas" className="text-xl font-bold">
          {t('identityHeading')}
        </h2>
        <dl className="grid grid-cols-1 gap-x-4 sm:grid-cols-[auto_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-bold">{label}</dt>
              <dd className="mb-1 sm:mb-0">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <RegistryEntries record={record} />
      <ProgrammeHistory record={record} />
      <section aria-labelledby="kualitas" className="space-y-2">
        <h2 id="kualitas" className="text-xl font-bold">
          {t('qualityHeading')}
        </h2>
        {record.qualityFlags.length === 0 ? (
          <p>{t('qualityNone')}</p>
        ) : (
          <ul className="list-disc pl-6">
            {record.qualityFlags.map((flag) => (
              <li key={flag}>
                {isKnownQualityFlag(flag) ? t(`quality.${flag}`) : flag}{' '}
                <code className="text-sm text-muted">{flag}</code>
              </li>
            ))}
          </ul>
        )}
      </section>
      <HouseholdTable record={record} />
      <section aria-labelledby="slip" className="space-y-2 print:hidden">
        <h2 id="slip" className="text-xl font-bold">
          {t('slipHeading')}
        </h2>
        <p>{t('slipIntro')}</p>
        <form action={createSlip}>
          <input type="hidden" name="personId" value={record.id} />
          <input type="hidden" name="reference" value={lookup.reference} />
          <SubmitButton>{t('makeSlip')}</SubmitButton>
        </form>
      </section>
    </div>
  );
}
