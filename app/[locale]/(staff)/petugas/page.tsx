import { getTranslations } from 'next-intl/server';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeading } from '@/components/ui/PageHeading';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { unlistedMetadata } from '@/i18n/unlisted-metadata';
import { staffMenu } from '@/lib/staff';
import { requireStaff } from '@/lib/staff/next';

type StaffHomeProps = { params: LocaleParams };

export const generateMetadata = unlistedMetadata((t) => t('Staff.homeTitle'));

export default async function StaffHome({ params }: StaffHomeProps) {
  await enterLocale(params);
  const staff = await requireStaff('home');
  const t = await getTranslations('Staff');
  return (
    <div className="space-y-4">
      <PageHeading>{t('homeTitle')}</PageHeading>
      <p>{t('homeIntro')}</p>
      <p>
        <span className="font-bold">{t('scopeLabel')}:</span>{' '}
        {staff.regionCodes.length > 0 ? staff.regionCodes.join(', ') : t('scopeAll')}
      </p>
      <ul className="divide-y divide-gray-300 border-y border-gray-300">
        {staffMenu(staff.role).map(({ task, href }) => (
          <li key={task} className="py-2">
            <AppLink href={href} className="font-bold text-brand-800 underline">
              {t(`nav.${task}`)}
            </AppLink>
            <span className="block text-muted">{t(`tasks.${task}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
