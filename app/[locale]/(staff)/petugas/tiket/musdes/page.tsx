import { getTranslations } from 'next-intl/server';
import { MusdesDecisionForm } from '@/components/tickets/MusdesDecisionForm';
import { VillageField } from '@/components/staff/VillageField';
import { Notice } from '@/components/ui/Notice';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { PageHeading } from '@/components/ui/PageHeading';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { unlistedMetadata } from '@/i18n/unlisted-metadata';
import { staffVillages } from '@/lib/staff';
import { requireStaff } from '@/lib/staff/next';
import { musdesVillageInput, ticketsForStaff } from '@/lib/tickets';
import { recordMusdesAction } from '../actions';

type PageProps = {
  params: LocaleParams;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = unlistedMetadata((t) => t('StaffTickets.musdesTitle'));

const problems = ['not-allowed', 'reason-required', 'musdes-required', 'stale', 'not-found'] as const;

export default async function MusdesPage({ params, searchParams }: PageProps) {
  const locale = await enterLocale(params);
  const staff = await requireStaff('musdes');
  const t = await getTranslations('StaffTickets');
  const query = await searchParams;
  const chosen = musdesVillageInput.safeParse(query.desa ?? staff.regionCodes[0]);
  const villageCode = chosen.success ? chosen.data : null;
  const agenda = villageCode ? await ticketsForStaff.musdesAgenda(staff, villageCode) : null;
  const problem = problems.find((known) => known === query.masalah);
  const number = (value: unknown) => (typeof value === 'string' ? Number(value) || 0 : 0);

  return (
    <div className="space-y-6">
      <PageHeading>{t('musdesTitle')}</PageHeading>
      <p className="print:hidden">{t('musdesIntro')}</p>
      {query.hasil === 'recorded' ? (
        <Notice
          tone="info"
          title={t('recorded', { agreed: number(query.setuju), rejected: number(query.tolak) })}
          body=""
        />
      ) : null}
      {query.hasil === 'minutes' ? <Notice tone="warning" title={t('minutesRequired')} body="" /> : null}
      {query.hasil === 'refused' && problem ? (
        <Notice
          tone="warning"
          title={t('musdesRefused', { code: String(query.kode ?? ''), problem: t(`refused.${problem}`) })}
          body=""
        />
      ) : null}
      <form method="get" className="flex flex-wrap items-end gap-4 print:hidden">
        <VillageField
          id="desa"
          name="desa"
          choices={await staffVillages(staff)}
          value={villageCode ?? ''}
          label={t('villageSelectLabel')}
          codeLabel={t('villageLabel')}
          codeHint={t('villageHint')}
        />
        <SubmitButton tone="secondary">{t('chooseVillage')}</SubmitButton>
      </form>
      {villageCode && agenda ? (
        <MusdesDecisionForm
          villageCode={villageCode}
          items={agenda}
          locale={locale}
          action={recordMusdesAction}
        />
      ) : null}
    </div>
  );
}
