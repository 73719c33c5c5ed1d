import { getTranslations } from 'next-intl/server';
import { AgeingTable } from '@/components/tickets/AgeingTable';
import { formatDate } from '@/lib/formats';
import { OtherUsulan } from '@/components/tickets/OtherUsulan';
import { AppLink } from '@/components/ui/AppLink';
import { DataTable } from '@/components/ui/DataTable';
import { PageHeading } from '@/components/ui/PageHeading';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { unlistedMetadata } from '@/i18n/unlisted-metadata';
import { mayDo } from '@/lib/staff';
import { requireStaff } from '@/lib/staff/next';
import { queueFilterInput, ticketKinds, ticketStates, ticketsForStaff } from '@/lib/tickets';
import { SelectField } from '@/components/ui/SelectField';

type PageProps = {
  params: LocaleParams;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = unlistedMetadata((t) => t('StaffTickets.queueTitle'));

export default async function TicketQueuePage({ params, searchParams }: PageProps) {
  const locale = await enterLocale(params);
  const staff = await requireStaff('tickets');
  const t = await getTranslations('StaffTickets');
  const states = await getTranslations('Tracking.states');
  const kinds = await getTranslations('Tickets.kinds');
  const query = await searchParams;
  const filter = queueFilterInput.parse({
    state: query.tahap,
    kind: query.jenis,
    villageCode: query.desa,
  });
  const [rows, ageing] = await Promise.all([
    ticketsForStaff.queue(staff, filter),
    mayDo(staff.role, 'ticketAgeing') ? ticketsForStaff.ageing(staff) : Promise.resolve(null),
  ]);

  return (
    <div className="space-y-6">
      <PageHeading>{t('queueTitle')}</PageHeading>
      <p>{t('queueIntro')}</p>
      {mayDo(staff.role, 'fileTicket') || mayDo(staff.role, 'musdes') ? (
        <ul className="flex flex-wrap gap-4">
          {mayDo(staff.role, 'fileTicket') ? (
            <li>
              <AppLink href="/petugas/tiket/baru" className="font-bold">
                {t('newTicket')}
              </AppLink>
            </li>
          ) : null}
          {mayDo(staff.role, 'musdes') ? (
            <li>
              <AppLink href="/petugas/tiket/musdes" className="font-bold">
                {t('musdesLink')}
              </AppLink>
            </li>
          ) : null}
        </ul>
      ) : null}

      <form method="get" className="space-y-4 rounded-md border-2 border-gray-300 p-4">
        <h2 className="text-xl font-bold">{t('filterHeading')}</h2>
        <SelectField
          id="tahap"
          name="tahap"
          label={t('stateLabel')}
          defaultValue={filter.state ?? ''}
          options={[
            { value: '', label: t('all') },
            ...ticketStates.map((state) => ({ value: state, label: states(`${state}.title`) })),
          ]}
        />
        <SelectField
          id="jenis"
          name="jenis"
          label={t('kindLabel')}
          defaultValue={filter.kind ?? ''}
          options={[
            { value: '', label: t('all') },
            ...ticketKinds.map((kind) => ({ value: kind, label: kinds(`${kind}.name`) })),
          ]}
        />
        <TextField
          id="desa"
          label={t('villageLabel')}
          hint={t('villageHint')}
          inputProps={{ name: 'desa', defaultValue: filter.villageCode ?? '', inputMode: 'decimal' }}
        />
        <SubmitButton tone="secondary">{t('filter')}</SubmitButton>
      </form>

      <DataTable
        caption={t('queueTitle')}
        captionHidden
        columns={(['code', 'kind', 'state', 'village', 'applicant', 'filed', 'channel'] as const).map(
          (column) => ({
            key: column,
            label: t(`columns.${column}`),
            cellClassName: column === 'code' ? 'font-mono' : undefined,
          }),
        )}
        rows={rows.map((row) => ({
          key: row.code,
          data: { 'data-ticket': row.code },
          cells: [
            <AppLink key="code" href={`/petugas/tiket/${row.code}`}>
              {row.code}
            </AppLink>,
            <div key="kind">
              {kinds(`${row.kind}.name`)}
              <OtherUsulan codes={row.otherUsulan} />
            </div>,
            states(`${row.state}.title`),
            row.villageName,
            row.applicantName,
            formatDate(row.filedAt, locale),
            t(`channels.${row.channel}`),
          ],
        }))}
        empty={<p>{t('empty')}</p>}
      />

      {ageing ? (
        <section aria-labelledby="antrean" className="space-y-2">
          <h2 id="antrean" className="text-2xl font-bold">
            {t('ageingTitle')}
          </h2>
          <p>{t('ageingIntro')}</p>
          <AgeingTable villages={ageing} />
        </section>
      ) : null}
    </div>
  );
}
