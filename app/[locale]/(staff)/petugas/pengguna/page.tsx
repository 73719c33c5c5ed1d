import { getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import { UsersNotice } from '@/components/staff/UsersNotice';
import { AppLink } from '@/components/ui/AppLink';
import { DataTable } from '@/components/ui/DataTable';
import { PageHeading } from '@/components/ui/PageHeading';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { unlistedMetadata } from '@/i18n/unlisted-metadata';
import { formatDateTime } from '@/lib/formats';
import { staffUserAdmin, usersFlashCookie } from '@/lib/staff';
import { requireStaff } from '@/lib/staff/next';
import { setUserDisabled } from './actions';

type UsersPageProps = { params: LocaleParams };

const columns = [
  'username',
  'displayName',
  'role',
  'regions',
  'totp',
  'status',
  'lastLogin',
  'actions',
] as const;
const cellClassNames: Partial<Record<(typeof columns)[number], string>> = {
  username: 'font-mono',
  regions: 'font-mono',
  actions: 'whitespace-nowrap',
};

export const generateMetadata = unlistedMetadata((t) => t('Users.metaTitle'));

export default async function UsersPage({ params }: UsersPageProps) {
  const locale = await enterLocale(params);
  const admin = await requireStaff('manageUsers');
  const t = await getTranslations('Users');
  const staffText = await getTranslations('Staff');
  const users = (await (await staffUserAdmin()).list(admin)) ?? [];
  const flash = usersFlashCookie.read(await cookies());
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
      <DataTable
        caption={t('tableCaption')}
        captionHidden
        dense
        rowHeaders
        columns={columns.map((column) => ({
          key: column,
          label: t(`columns.${column}`),
          cellClassName: cellClassNames[column],
        }))}
        rows={users.map((user) => ({
          key: user.id,
          muted: user.disabled,
          cells: [
            user.username,
            user.displayName,
            staffText(`roles.${user.role}`),
            user.regionCodes.length > 0 ? user.regionCodes.join(', ') : t('allRegions'),
            user.hasTotp ? t('yes') : t('no'),
            user.disabled ? t('disabledStatus') : t('active'),
            user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : t('never'),
            <div key="actions">
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
            </div>,
          ],
        }))}
      />
    </div>
  );
}
