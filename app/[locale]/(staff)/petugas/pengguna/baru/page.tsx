import { getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import { SelectField } from '@/components/ui/SelectField';
import { AppLink } from '@/components/ui/AppLink';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { PageHeading } from '@/components/ui/PageHeading';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { unlistedMetadata } from '@/i18n/unlisted-metadata';
import { minimumPasswordLength, staffRoles, usersFlashCookie, type UserFieldErrors } from '@/lib/staff';
import { requireStaff } from '@/lib/staff/next';
import { createUser } from '../actions';

type NewUserPageProps = { params: LocaleParams };

export const generateMetadata = unlistedMetadata((t) => t('Users.newTitle'));

const fields = ['username', 'displayName', 'role', 'regions', 'password'] as const;

export default async function NewUserPage({ params }: NewUserPageProps) {
  await enterLocale(params);
  await requireStaff('manageUsers');
  const t = await getTranslations('Users');
  const staffText = await getTranslations('Staff');
  const flash = usersFlashCookie.read(await cookies());
  const invalid = flash?.kind === 'invalid' ? flash : null;
  const errors: UserFieldErrors = invalid?.errors ?? {};
  const values = invalid?.values ?? { username: '', displayName: '', role: 'OPERATOR_DESA', regions: '' };
  const errorText = (field: (typeof fields)[number]) => {
    const key = errors[field];
    return key ? t(`errors.${key}`) : undefined;
  };
  const summary = fields.flatMap((field) => {
    const message = errorText(field);
    return message ? [{ fieldId: field, message }] : [];
  });

  return (
    <div className="max-w-xl space-y-4">
      <PageHeading>{t('newTitle')}</PageHeading>
      <p>{t('newIntro')}</p>
      <ErrorSummary title={t('errorSummaryTitle')} errors={summary} />
      <form action={createUser} noValidate className="space-y-4">
        <TextField
          id="username"
          label={t('usernameLabel')}
          hint={t('usernameHint')}
          error={errorText('username')}
          inputProps={{
            name: 'username',
            defaultValue: values.username,
            autoComplete: 'off',
            autoCapitalize: 'none',
            spellCheck: false,
            maxLength: 64,
          }}
        />
        <TextField
          id="displayName"
          label={t('displayNameLabel')}
          error={errorText('displayName')}
          inputProps={{
            name: 'displayName',
            defaultValue: values.displayName,
            autoComplete: 'off',
            maxLength: 100,
          }}
        />
        <SelectField
          id="role"
          name="role"
          label={t('roleLabel')}
          error={errorText('role')}
          defaultValue={values.role}
          options={staffRoles.map((role) => ({ value: role, label: staffText(`roles.${role}`) }))}
        />
        <TextField
          id="regions"
          label={t('regionsLabel')}
          hint={t('regionsHint')}
          error={errorText('regions')}
          inputProps={{ name: 'regions', defaultValue: values.regions, autoComplete: 'off', maxLength: 2000 }}
        />
        <TextField
          id="password"
          label={t('passwordLabel')}
          hint={t('passwordHint', { min: minimumPasswordLength })}
          error={errorText('password')}
          inputProps={{ name: 'password', type: 'password', autoComplete: 'new-password', maxLength: 256 }}
        />
        <SubmitButton>{t('create')}</SubmitButton>
      </form>
      <p>
        <AppLink href="/petugas/pengguna" className="underline">
          {t('back')}
        </AppLink>
      </p>
    </div>
  );
}
