import { getTranslations } from 'next-intl/server';
import type { ResidentView, SnapshotLabels } from '@/lib/lookup';
import { isProgrammeCode } from '@/lib/registry';
import { ProgrammeTable } from './ProgrammeTable';
import { StateAdvice } from './StateAdvice';

type ResidentCardProps = { resident: ResidentView; snapshots: SnapshotLabels; headingId: string };

const qualityFlagKeys = [
  'NIK_TIDAK_PADAN_DUKCAPIL',
  'NIK_TANGGAL_LAHIR_TIDAK_SESUAI',
  'NIK_JENIS_KELAMIN_TIDAK_SESUAI',
  'NIK_WILAYAH_TIDAK_SESUAI',
] as const;
type QualityFlagKey = (typeof qualityFlagKeys)[number];
const isQualityFlag = (flag: string): flag is QualityFlagKey =>
  (qualityFlagKeys as readonly string[]).includes(flag);

export async function ResidentCard({ resident, snapshots, headingId }: ResidentCardProps) {
  const t = await getTranslations('Result');
  const names = await getTranslations('Programmes');
  const { status } = resident;
  const stateTone = status.state === 'RECEIVING' ? 'border-green-700' : 'border-amber-600';
  const stoppedNames = status.stoppedSinceLastPeriod
    .map((code) => (isProgrammeCode(code) ? names(`${code}.name`) : code))
    .join(', ');
  return (
    <article
      aria-labelledby={headingId}
      className="space-y-5 rounded-md border border-gray-400 p-4 print:break-inside-avoid"
    >
      <header>
        <h2 id={headingId} className="font-mono text-2xl font-bold tracking-wide">
          {resident.maskedName}
        </h2>
        {resident.age === null ? null : <p className="text-muted">{t('age', { age: resident.age })}</p>}
      </header>

      <section className={`border-l-4 pl-3 ${stateTone}`}>
        <h3 className="text-sm font-semibold tracking-wide text-muted uppercase">{t('stateHeading')}</h3>
        <p className="text-xl font-bold" data-state={status.state}>
          {t(`states.${status.state}.title`)}
        </p>
        <p>{t(`states.${status.state}.meaning`)}</p>
      </section>

      <section>
        <h3 className="font-bold">{t('registryHeading')}</h3>
        <ul className="list-disc pl-5">
          <li>{t('dtksLine', { status: t(`dtksStatus.${resident.dtksStatus ?? 'NONE'}`) })}</li>
          <li>{t('dtsenLine', { status: t(`dtsenStatus.${status.inDtsen ? 'yes' : 'no'}`) })}</li>
        </ul>
      </section>

      <section>
        <h3 className="font-bold">{t('desilHeading')}</h3>
        {resident.welfare ? (
          <>
            <p className="text-lg font-semibold">
              {t('desilValue', {
                desil: resident.welfare.desil,
                group: t(`groups.${resident.welfare.group}`),
              })}
            </p>
            <p className="text-sm text-muted">{t('desilExplain')}</p>
          </>
        ) : (
          <p>{t('desilHidden')}</p>
        )}
      </section>

      <section>
        <h3 className="font-bold">{t('programmesHeading')}</h3>
        <ProgrammeTable
          programmes={resident.programmes}
          currentPeriod={snapshots.currentPeriod}
          previousPeriod={snapshots.previousPeriod}
        />
        {stoppedNames ? <p className="mt-2">{t('stopped', { programmes: stoppedNames })}</p> : null}
      </section>

      {status.qualityFlags.length > 0 ? (
        <section>
          <h3 className="font-bold">{t('flagsHeading')}</h3>
          <ul className="list-disc pl-5">
            {status.qualityFlags.filter(isQualityFlag).map((flag) => (
              <li key={flag}>{t(`flags.${flag}`)}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <StateAdvice state={status.state} />
    </article>
  );
}
