import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/ui/DataTable';
import type { PersonRecord } from '@/lib/lookup';

// The members of the family card (KK), the resident included.
export async function HouseholdTable({ record }: { record: PersonRecord }) {
  const t = await getTranslations('Assisted');
  const heading = t('householdHeading', { kk: record.household.kkMasked });
  return (
    <section aria-labelledby="keluarga" className="space-y-2">
      <h2 id="keluarga" className="text-xl font-bold">
        {heading}
      </h2>
      <DataTable
        caption={heading}
        captionHidden
        dense
        rowHeaders
        columns={[
          { key: 'member', label: t('memberColumn') },
          { key: 'role', label: t('roleColumn') },
          { key: 'sex', label: t('sexLabel') },
          { key: 'age', label: t('ageColumn'), numeric: true },
          { key: 'nik', label: t('nikColumn'), cellClassName: 'font-mono' },
        ]}
        rows={record.household.members.map((member) => ({
          key: member.id,
          cells: [
            member.id === record.id ? <strong>{member.fullName}</strong> : member.fullName,
            t(`roles.${member.familyRole}`),
            t(`sex.${member.sex}`),
            member.age,
            member.nikMasked,
          ],
        }))}
      />
    </section>
  );
}
