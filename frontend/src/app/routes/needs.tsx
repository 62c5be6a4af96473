import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router-dom'
import { Page } from '@/components/layout/page'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { useUser } from '@/features/auth/api/get-me'
import { RequirePolicy } from '@/features/auth/components/require-policy'
import { BrokeringDashboard } from '@/features/matching/components/brokering-dashboard'
import { DemandForMyListings } from '@/features/matching/components/demand-page'
import { NeedMatches } from '@/features/matching/components/match-list'
import { RecommendForm } from '@/features/matching/components/recommend-form'
import { useNeed } from '@/features/needs/api/get-need'
import { MyNeeds } from '@/features/needs/components/my-needs'
import { NeedDetail } from '@/features/needs/components/need-detail'
import { NeedHistory } from '@/features/needs/components/need-history'
import { NeedForm } from '@/features/needs/components/need-form'
import { NeedsBoard } from '@/features/needs/components/needs-board'
import { SavedSearches } from '@/features/saved-searches/components/saved-searches'
import { can } from '@/lib/authorization'

// The pages of needs and matchmaking (issue 5).

export function MyNeedsRoute() {
  const { t } = useTranslation()
  const { data: user } = useUser()
  return (
    <RequirePolicy policy="needs:mine">
      <Page title={t('needs.mine.title')} intro={t('needs.mine.intro')}>
        <MyNeeds canPost={can(user, 'needs:post')} />
      </Page>
    </RequirePolicy>
  )
}

export function NewNeedRoute() {
  const { t } = useTranslation()
  return (
    <RequirePolicy policy="needs:post">
      <Page title={t('needs.form.newTitle')} intro={t('needs.form.intro')} width="form">
        <NeedForm />
      </Page>
    </RequirePolicy>
  )
}

function EditNeed({ id }: { id: string }) {
  const need = useNeed(id)
  if (need.isPending) return <Spinner />
  if (need.isError) return <ErrorAlert error={need.error} onRetry={() => void need.refetch()} />
  return <NeedForm key={need.data.id} need={need.data} />
}

export function EditNeedRoute() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  return (
    <RequirePolicy policy="needs:post">
      <Page title={t('needs.form.editTitle')} width="form">
        <EditNeed id={id} />
      </Page>
    </RequirePolicy>
  )
}

function NeedPage({ id }: { id: string }) {
  const { t } = useTranslation()
  const { data: user } = useUser()
  const need = useNeed(id)
  if (need.isPending) return <Spinner />
  if (need.isError) return <ErrorAlert error={need.error} onRetry={() => void need.refetch()} />
  const staff = can(user, 'matching:broker')
  return (
    <Page title={need.data.content.title ?? t('needs.untitled')} width="wide">
      <NeedDetail need={need.data} />
      {(need.data.own || staff) && <NeedMatches needId={id} canDismiss={need.data.own} canMarkMatched={need.data.own && need.data.status === 'OPEN'} />}
      {(need.data.own || staff) && <NeedHistory needId={id} />}
      {staff && (
        <section aria-labelledby="recommend">
          <h2 id="recommend">{t('needs.recommend.title')}</h2>
          <RecommendForm needId={id} />
        </section>
      )}
    </Page>
  )
}

export function NeedRoute() {
  const { id = '' } = useParams()
  return (
    <RequirePolicy policy="needs:view">
      <NeedPage id={id} />
    </RequirePolicy>
  )
}

export function NeedsBoardRoute() {
  const { t } = useTranslation()
  return (
    <RequirePolicy policy="needs:board">
      <Page title={t('needs.board.title')} intro={t('needs.board.intro')} width="wide">
        <NeedsBoard />
      </Page>
    </RequirePolicy>
  )
}

export function DemandRoute() {
  const { t } = useTranslation()
  return (
    <RequirePolicy policy="needs:demand">
      <Page title={t('needs.demand.title')} intro={t('needs.demand.intro')} width="wide">
        <DemandForMyListings />
      </Page>
    </RequirePolicy>
  )
}

export function BrokeringRoute() {
  const { t } = useTranslation()
  return (
    <RequirePolicy policy="matching:broker">
      <Page title={t('needs.brokering.title')} intro={t('needs.brokering.intro')} width="wide">
        <BrokeringDashboard />
      </Page>
    </RequirePolicy>
  )
}

export function SavedSearchesRoute() {
  const { t } = useTranslation()
  return (
    <RequirePolicy policy="searches:save">
      <Page title={t('savedSearches.title')}>
        <SavedSearches />
      </Page>
    </RequirePolicy>
  )
}
