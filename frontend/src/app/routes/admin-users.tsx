import { useTranslation } from 'react-i18next'
import { Page } from '@/components/layout/page'
import { UserList } from '@/features/admin-users/components/user-list'
import { RequirePolicy } from '@/features/auth/components/require-policy'

export function AdminUsersRoute() {
  const { t } = useTranslation()
  return (
    <RequirePolicy policy="users:manage">
      <Page title={t('admin.title')} width="wide">
        <UserList />
      </Page>
    </RequirePolicy>
  )
}
