import { useTranslation } from 'react-i18next'
import { Page } from '@/components/layout/page'
import { RequirePolicy } from '@/features/auth/components/require-policy'
import { VerificationQueue } from '@/features/staff-verification/components/verification-queue'

export function StaffInstitutionsRoute() {
  const { t } = useTranslation()
  return (
    <RequirePolicy policy="institutions:verify">
      <Page title={t('staff.title')} intro={t('staff.intro')}>
        <VerificationQueue />
      </Page>
    </RequirePolicy>
  )
}
