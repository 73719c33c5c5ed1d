import { ScrollArea } from '@/components/ui/ScrollArea';
import { getTranslations } from 'next-intl/server';
import type { PersonRecord } from '@/lib/lookup/assisted';

const cell = 'p-2';

// The members of the family card (KK), the resident included.
export async function HouseholdTable({ record }: { record: PersonRecord }) {
  const t = await getTranslations('Assisted');
  return (
    <section aria-labelledby="keluarga" className="space-y-2">
      <h2 id="keluarga" className="text-xl font-bold">
        {t('householdHeading', { kk: record.household.kkMasked })}
      </h2>
      <ScrollArea label={t('householdHeading', { kk: record.household.kkMasked })}>
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className={cell}>
                {t('memberColumn')}
              </th>
              <th scope="col" className={cell}>
                {t('roleColumn')}
              </th>
              <th scope="col" className={cell}>
                {t('sexLabel')}
              </th>
              <th scope="col" className={cell}>
                {t('ageColumn')}
              </th>
              <th scope="col" className={cell}>
                {t('nikColumn')}
              </th>
            </tr>
          </thead>
          <tbody>
            {record.household.members.map((member) => (
              <tr key={member.id} className="border-b border-gray-300">
                <th scope="row" className={`${cell} font-normal`}>
                  {member.id === record.id ? <strong>{member.fullName}</strong> : member.fullName}
                </th>
                <td className={cell}>{t(`roles.${member.familyRole}`)}</td>
                <td className={cell}>{t(`sex.${member.sex}`)}</td>
                <td className={cell}>{member.age}</td>
                <td className={`${cell} font-mono`}>{member.nikMasked}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </section>
  );
}
