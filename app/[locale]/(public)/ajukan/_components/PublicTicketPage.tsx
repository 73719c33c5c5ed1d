import { getMessages, getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import { ProofOfWork } from '@/components/lookup/ProofOfWork';
import { RegionPicker } from '@/components/regions/RegionPicker';
import { TicketForm } from '@/components/tickets/TicketForm';
import { Notice } from '@/components/ui/Notice';
import { PageHeading } from '@/components/ui/PageHeading';
import { newFormToken } from '@/lib/gate';
import {
  regionDataVersion,
  rememberedRegionCookieName,
  rememberedSelection,
  firstMissingRegionLevel,
  regionOptionsFor,
} from '@/lib/regions';
import { filingFormCookie, newSubmissionKey, type TicketKindName } from '@/lib/tickets';
import { submitTicket } from '../actions';

const regionIdPrefix = 'wilayah';

// A resident's form for one kind; the village comes preselected from the last lookup.
export async function PublicTicketPage({ kind }: { kind: TicketKindName }) {
  const t = await getTranslations('Tickets');
  const { Regions: regionText } = await getMessages();
  const jar = await cookies();
  const stored = filingFormCookie.read(jar);
  const flash = stored?.ticketKind === kind ? stored : null;
  const selection = await rememberedSelection(jar.get(rememberedRegionCookieName)?.value);
  const options = await regionOptionsFor(selection);
  const errors = flash?.kind === 'invalid' ? flash.errors : {};
  const villageError = errors.villageCode ? t(`errors.${errors.villageCode}`) : undefined;

  return (
    <div className="space-y-6">
      <PageHeading>{t(`kinds.${kind}.title`)}</PageHeading>
      <p className="text-lg">{t(`kinds.${kind}.summary`)}</p>
      {flash?.kind === 'proof-failed' ? (
        <Notice tone="warning" title={t('proofFailedTitle')} body={t('proofFailedBody')} />
      ) : null}
      {flash?.kind === 'service-error' ? (
        <Notice tone="warning" title={t('serviceErrorTitle')} body={t('serviceErrorBody')} />
      ) : null}
      {flash && flash.kind !== 'draft' ? <p>{t('attachmentsAgain')}</p> : null}
      <TicketForm
        kind={kind}
        action={submitTicket.bind(null, kind)}
        submissionKey={newSubmissionKey()}
        villageFieldId={`${regionIdPrefix}-${firstMissingRegionLevel(selection)}`}
        values={flash?.values ?? {}}
        errors={errors}
        region={
          <fieldset id={regionIdPrefix} className="space-y-4">
            <legend className="text-2xl font-bold">{t('regionHeading')}</legend>
            <RegionPicker
              selection={selection}
              options={options}
              error={villageError}
              text={regionText}
              dataVersion={regionDataVersion}
              idPrefix={regionIdPrefix}
            />
          </fieldset>
        }
        proof={<ProofOfWork label={t('proofLabel')} hint={t('proofHint')} formToken={newFormToken()} />}
      />
    </div>
  );
}
