import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router-dom'
import { Page } from '@/components/layout/page'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { RequirePolicy } from '@/features/auth/components/require-policy'
import { NotificationList } from '@/features/notifications/components/notification-list'
import { useTransfer } from '@/features/transfers/api/get-transfer'
import { ApplyForListing } from '@/features/transfers/components/apply-form'
import { StaffDashboard } from '@/features/transfers/components/dashboard'
import { ImpactFigures } from '@/features/transfers/components/impact'
import { TransferDetail } from '@/features/transfers/components/transfer-detail'
import { TransferTable } from '@/features/transfers/components/transfer-table'

// The pages of transfer applications and goal tracking (issue 6).

export function ApplyRoute() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const [params] = useSearchParams()
  return (
    <RequirePolicy policy="transfers:apply">
      <Page title={t('transfers.apply.title')} intro={t('transfers.apply.intro')} width="form">
        <ApplyForListing listingId={id} needId={params.get('need') ?? undefined} />
      </Page>
    </RequirePolicy>
  )
}

export function MyTransfersRoute() {
  const { t } = useTranslation()
  return (
    <RequirePolicy policy="transfers:mine">
      <Page title={t('transfers.mine.title')} intro={t('transfers.mine.intro')} width="wide">
        <TransferTable list="mine" />
      </Page>
    </RequirePolicy>
  )
}

export function ProviderInboxRoute() {
  const { t } = useTranslation()
  return (
    <RequirePolicy policy="transfers:inbox">
      <Page title={t('transfers.inbox.title')} intro={t('transfers.inbox.intro')} width="wide">
        <TransferTable list="inbox" defaultGroup="waiting" defaultSort="deadline" />
      </Page>
    </RequirePolicy>
  )
}

export function StaffTransfersRoute() {
  const { t } = useTranslation()
  return (
    <RequirePolicy policy="transfers:review">
      <Page title={t('transfers.queue.title')} intro={t('transfers.queue.intro')} width="wide">
        <TransferTable list="queue" defaultGroup="waiting" defaultSort="deadline" />
      </Page>
    </RequirePolicy>
  )
}

function TransferPage({ id }: { id: string }) {
  const { t } = useTranslation()
  const transfer = useTransfer(id)
  const title = transfer.data?.listing.title ?? transfer.data?.listing.reference
  useEffect(() => {
    if (title) document.title = t('app.documentTitle', { page: title })
  }, [t, title])
  if (transfer.isPending) return <Spinner />
  if (transfer.isError) return <ErrorAlert error={transfer.error} onRetry={() => void transfer.refetch()} />
  return (
    <Page title={t('transfers.detail.title', { title })} width="wide">
      <TransferDetail transfer={transfer.data} />
    </Page>
  )
}

export function TransferRoute() {
  const { id = '' } = useParams()
  return (
    <RequirePolicy policy="transfers:view">
      <TransferPage id={id} />
    </RequirePolicy>
  )
}

export function DashboardRoute() {
  const { t } = useTranslation()
  return (
    <RequirePolicy policy="transfers:review">
      <Page title={t('goals.dashboardTitle')} intro={t('goals.dashboardIntro')} width="wide">
        <StaffDashboard />
      </Page>
    </RequirePolicy>
  )
}

export function ImpactRoute() {
  const { t } = useTranslation()
  return (
    <Page title={t('goals.impactTitle')} intro={t('goals.impactIntro')} width="wide">
      <ImpactFigures />
    </Page>
  )
}

export function NotificationsRoute() {
  const { t } = useTranslation()
  return (
    <RequirePolicy policy="notifications:read">
      <Page title={t('notifications.title')}>
        <NotificationList />
      </Page>
    </RequirePolicy>
  )
}
