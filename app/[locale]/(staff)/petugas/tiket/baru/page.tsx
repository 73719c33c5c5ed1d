import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import { TicketForm } from '@/components/tickets/TicketForm';
import { AppLink } from '@/components/ui/AppLink';
import { Notice } from '@/components/ui/Notice';
import { PageHeading } from '@/components/ui/PageHeading';
import { TextField } from '@/components/ui/TextField';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { requireStaff } from '@/lib/staff/sign-in';
import { filingFormCookie, newSubmissionKey, ticketKinds, villageOptions } from '@/lib/tickets';
import { fileForResidentAction } from '../actions';
import { SelectField } from '@/components/staff/SelectField';

type PageProps = {
  params: LocaleParams;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: 'StaffTickets' });
  return { title: t('newTitle'), robots: { index: false } };
}

// An operator fills in the resident's request at the desk; no proof of work or rate limit,
// the operator is signed in and every filing is logged.
export default async function NewTicketForResidentPage({ params, searchParams }: PageProps) {
  await enterLocale(params);
  const staff = await requireStaff({ roles: ['OPERATOR_DESA', 'ADMIN'] });
  const t = await getTranslations('StaffTickets');
  const k = await getTranslations('Tickets');
  const query = await searchParams;
  const kind = ticketKinds.find((known) => known === query.jenis);
  const stored = filingFormCookie.read(await cookies());
  const flash = stored && stored.ticketKind === kind ? stored : null;
  const errors = flash?.kind === 'invalid' ? flash.errors : {};
  const villageError = errors.villageCode ? k(`errors.${errors.villageCode}`) : undefined;

  return (
    <div className="space-y-6">
      <PageHeading>{t('newTitle')}</PageHeading>
      <p>{t('newIntro')}</p>
      <nav aria-label={t('chooseKind')}>
        <p className="font-bold">{t('chooseKind')}</p>
        <ul className="flex flex-wrap gap-4">
          {ticketKinds.map((option) => (
            <li key={option}>
              <AppLink
                href={`/petugas/tiket/baru?jenis=${option}`}
                aria-current={option === kind ? 'page' : undefined}
                className={option === kind ? 'font-bold' : undefined}
              >
                {k(`kinds.${option}.name`)}
              </AppLink>
            </li>
          ))}
        </ul>
      </nav>
      {flash?.kind === 'service-error' ? (
        <Notice tone="warning" title={k('serviceErrorTitle')} body={k('serviceErrorBody')} />
      ) : null}
      {kind ? (
        <TicketForm
          kind={kind}
          action={fileForResidentAction.bind(null, kind)}
          submissionKey={newSubmissionKey()}
          villageFieldId="villageCode"
          values={flash?.values ?? {}}
          errors={errors}
          region={
            staff.role === 'OPERATOR_DESA' ? (
              <SelectField
                id="villageCode"
                name="villageCode"
                label={t('villageSelectLabel')}
                error={villageError}
                options={(await villageOptions(staff.regionCodes)).map((village) => ({
                  value: village.code,
                  label: village.label,
                }))}
              />
            ) : (
              <TextField
                id="villageCode"
                label={t('villageLabel')}
                error={villageError}
                inputProps={{ name: 'villageCode', inputMode: 'decimal' }}
              />
            )
          }
        />
      ) : null}
    </div>
  );
}
