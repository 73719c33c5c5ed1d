import { getTranslations } from 'next-intl/server';
import { AppLink } from '@/components/ui/AppLink';
import { type StaffSession, staffMenu } from '@/lib/staff';

type StaffBarProps = { staff: StaffSession; signOut: () => Promise<void> };

// Who is signed in, the role's menu and the sign-out button: one dense row that wraps on a phone.
export async function StaffBar({ staff, signOut }: StaffBarProps) {
  const t = await getTranslations('Staff');
  const links = [{ task: 'home' as const, href: '/petugas' }, ...staffMenu(staff.role)];
  return (
    <div className="space-y-2 border-b-2 border-brand-800 pb-3 print:hidden">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm">
          <span className="font-bold">{t('areaName')}</span> ·{' '}
          {t('signedInAs', { name: staff.displayName, role: t(`roles.${staff.role}`) })}
        </p>
        <form action={signOut}>
          <button
            type="submit"
            className="rounded-md border-2 border-brand-800 px-3 py-1 text-sm font-bold text-brand-800"
          >
            {t('signOut')}
          </button>
        </form>
      </div>
      <nav aria-label={t('navLabel')}>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {links.map(({ task, href }) => (
            <li key={task}>
              <AppLink href={href} className="font-semibold text-brand-800 underline">
                {t(`nav.${task}`)}
              </AppLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
