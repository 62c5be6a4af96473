import { useTranslation } from 'react-i18next'
import { Page } from '@/components/layout/page'
import { useUser } from '@/features/auth/api/get-me'
import { RequirePolicy } from '@/features/auth/components/require-policy'
import { MyListings } from '@/features/listing-editor/components/my-listings'
import { can } from '@/lib/authorization'

export function MyListingsRoute() {
  const { t } = useTranslation()
  const { data: user } = useUser()
  return (
    <RequirePolicy policy="catalog:mine">
      <Page title={t('myListings.title')} intro={t('myListings.intro')}>
        <MyListings canCreate={can(user, 'catalog:publish')} />
      </Page>
    </RequirePolicy>
  )
}
