import { getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import { TicketForm } from '@/components/tickets/TicketForm';
import { AppLink } from '@/components/ui/AppLink';
import { Notice } from '@/components/ui/Notice';
import { PageHeading } from '@/components/ui/PageHeading';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { unlistedMetadata } from '@/i18n/unlisted-metadata';
import { staffVillages } from '@/lib/staff';
import { requireStaff } from '@/lib/staff/next';
import { filingFormCookie, newSubmissionKey, ticketKinds } from '@/lib/tickets';
import { fileForResidentAction } from '../actions';
import { VillageField } from '@/components/staff/VillageField';

type PageProps = {
  params: LocaleParams;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = unlistedMetadata((t) => t('StaffTickets.newTitle'));

// An operator fills in the resident's request at the desk; no proof of work or rate limit,
// the operator is signed in and every filing is logged.
export default async function NewTicketForResidentPage({ params, searchParams }: PageProps) {
  await enterLocale(params);
  const staff = await requireStaff('fileTicket');
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
            <VillageField
              id="villageCode"
              name="villageCode"
              choices={await staffVillages(staff)}
              value=""
              label={t('villageSelectLabel')}
              codeLabel={t('villageLabel')}
              error={villageError}
            />
          }
        />
      ) : null}
    </div>
  );
}
