import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import { UsersNotice } from '@/components/staff/UsersNotice';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeading } from '@/components/ui/PageHeading';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { requireStaff } from '@/lib/staff/sign-in';
import { staffUserAdmin, usersFlashCookie } from '@/lib/staff/users';
import { setUserDisabled } from './actions';

type UsersPageProps = { params: LocaleParams };

export async function generateMetadata({ params }: UsersPageProps): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: 'Users' });
  return { title: t('metaTitle'), robots: { index: false } };
}

export default async function UsersPage({ params }: UsersPageProps) {
  await enterLocale(params);
  const admin = await requireStaff({ roles: ['ADMIN'] });
  const t = await getTranslations('Users');
  const staffText = await getTranslations('Staff');
  const format = await getFormatter();
  const users = (await (await staffUserAdmin()).list(admin)) ?? [];
  const flash = usersFlashCookie.read(await cookies());
  const cell = 'border-b border-gray-300 px-2 py-1 align-top';

  return (
    <div className="space-y-4">
      <PageHeading>{t('title')}</PageHeading>
      <p>{t('intro')}</p>
      <UsersNotice flash={flash} />
      <p>
        <AppLink href="/petugas/pengguna/baru" className="font-bold text-brand-800 underline">
          {t('addUser')}
        </AppLink>
      </p>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('tableCaption')}>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t('tableCaption')}</caption>
          <thead>
            <tr>
              {(
                [
                  'username',
                  'displayName',
                  'role',
                  'regions',
                  'totp',
                  'status',
                  'lastLogin',
                  'actions',
                ] as const
              ).map((column) => (
                <th key={column} scope="col" className={`${cell} border-b-2 border-ink`}>
                  {t(`columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className={user.disabled ? 'text-muted' : undefined}>
                <th scope="row" className={`${cell} font-mono font-normal`}>
                  {user.username}
                </th>
                <td className={cell}>{user.displayName}</td>
                <td className={cell}>{staffText(`roles.${user.role}`)}</td>
                <td className={`${cell} font-mono`}>
                  {user.regionCodes.length > 0 ? user.regionCodes.join(', ') : t('allRegions')}
                </td>
                <td className={cell}>{user.hasTotp ? t('yes') : t('no')}</td>
                <td className={cell}>{user.disabled ? t('disabledStatus') : t('active')}</td>
                <td className={cell}>
                  {user.lastLoginAt
                    ? format.dateTime(new Date(user.lastLoginAt), { dateStyle: 'short', timeStyle: 'short' })
                    : t('never')}
                </td>
                <td className={`${cell} whitespace-nowrap`}>
                  <AppLink
                    href={`/petugas/pengguna/${user.id}`}
                    aria-label={t('manageLabel', { username: user.username })}
                    className="font-bold text-brand-800 underline"
                  >
                    {t('manage')}
                  </AppLink>{' '}
                  {user.id === admin.userId ? null : (
                    <form action={setUserDisabled} className="inline">
                      <input type="hidden" name="userId" value={user.id} />
                      <input type="hidden" name="disabled" value={String(!user.disabled)} />
                      <button
                        type="submit"
                        aria-label={`${user.disabled ? t('enable') : t('disable')} ${user.username}`}
                        className="ml-2 rounded border border-brand-800 px-2 font-bold text-brand-800"
                      >
                        {user.disabled ? t('enable') : t('disable')}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
