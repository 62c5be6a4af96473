import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router-dom'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { transferPath } from '@/config/paths'
import { useCodeLabels } from '@/features/catalog/components/code-labels'
import type { TransferStatus } from '@/types/transfers'
import { type TransferList, useTransferList } from '../api/get-transfers'
import { Deadline, TransferStatusBadge } from './transfer-status'

const PAGE_SIZE = 50

/** The filters each list offers, as groups of statuses. */
const GROUPS: Record<string, TransferStatus[]> = {
  all: [],
  waiting: ['SUBMITTED', 'INFO_REQUESTED', 'ACCEPTED', 'STAFF_INFO_REQUESTED', 'COMPLETION_CONFIRMED'],
  delivering: ['APPROVED', 'AGREEMENT_SIGNED', 'TRAINING_DELIVERED', 'DEPLOYED'],
  completed: ['COMPLETED'],
  ended: ['DECLINED', 'REJECTED', 'WITHDRAWN', 'CANCELLED'],
}

/**
 * One table for the three lists (my applications, the provider's inbox, the staff queue); the
 * filter, sort and page live in the URL so a list can be bookmarked and shared.
 */
export function TransferTable({ list, defaultGroup = 'all', defaultSort = 'newest' }: {
  list: TransferList
  defaultGroup?: keyof typeof GROUPS
  defaultSort?: 'newest' | 'deadline'
}) {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const [params, setParams] = useSearchParams()
  const group = params.get('show') ?? defaultGroup
  const sort = (params.get('sort') ?? defaultSort) === 'deadline' ? 'deadline' : 'newest'
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0)
  const query = useTransferList(list, { statuses: GROUPS[group] ?? [], sort, page, size: PAGE_SIZE })
  const set = (key: string, value: string) =>
    setParams((old) => {
      const next = new URLSearchParams(old)
      next.set(key, value)
      if (key !== 'page') next.delete('page')
      return next
    })

  return (
    <>
      <div className="toolbar" role="group" aria-label={t('transfers.list.filter')}>
        {Object.keys(GROUPS).map((g) => (
          <button key={g} type="button" className="chip" aria-pressed={group === g} onClick={() => set('show', g)}>
            {t(`transfers.list.group.${g}`)}
          </button>
        ))}
        <label className="toolbar__sort">
          {t('transfers.list.sort')}{' '}
          <select value={sort} onChange={(e) => set('sort', e.target.value)}>
            <option value="deadline">{t('transfers.list.byDeadline')}</option>
            <option value="newest">{t('transfers.list.newest')}</option>
          </select>
        </label>
      </div>
      {query.isPending ? (
        <Spinner />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <p className="empty">{t(`transfers.list.empty.${list}`)}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table transfer-table" aria-busy={query.isFetching}>
            <thead>
              <tr>
                <th scope="col">{t('transfers.field.listing')}</th>
                <th scope="col">{list === 'mine' ? t('transfers.field.provider') : t('transfers.field.requesterCountry')}</th>
                <th scope="col">{t('transfers.field.status')}</th>
                <th scope="col">{t('transfers.field.readiness')}</th>
                <th scope="col">{t('transfers.field.deadline')}</th>
              </tr>
            </thead>
            <tbody>
              {query.data.map((tr) => (
                <tr key={tr.id} className={tr.overdue || tr.followUpOverdue ? 'row--overdue' : undefined}>
                  <td>
                    <Link to={transferPath(tr.id)}>{tr.listing.title ?? tr.listing.reference}</Link>
                    {(tr.unreadMessages ?? 0) > 0 && (
                      <>
                        {' '}
                        <span className="badge badge--pending">{t('transfers.messages.unread', { count: tr.unreadMessages ?? 0 })}</span>
                      </>
                    )}
                    <div className="muted">{tr.listing.reference}</div>
                  </td>
                  <td>
                    {list === 'mine'
                      ? [tr.listing.providerName, tr.listing.providerCountry && labels.country(tr.listing.providerCountry)].filter(Boolean).join(' · ')
                      : labels.country(tr.requesterCountry)}
                  </td>
                  <td>
                    <TransferStatusBadge status={tr.status} />
                    {tr.followUpOverdue && <div className="deadline deadline--overdue">{t('transfers.followUpOverdue')}</div>}
                  </td>
                  <td>{tr.application.readinessScore}/100</td>
                  <td>{tr.status === 'COMPLETED' ? null : <Deadline deadlineAt={tr.deadlineAt} overdue={tr.overdue} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {query.data && (page > 0 || query.data.length === PAGE_SIZE) && (
        <nav className="pager" aria-label={t('transfers.list.pages')}>
          <button type="button" className="btn btn--secondary" disabled={page === 0} onClick={() => set('page', String(page - 1))}>
            {t('transfers.list.previous')}
          </button>{' '}
          <button type="button" className="btn btn--secondary" disabled={query.data.length < PAGE_SIZE} onClick={() => set('page', String(page + 1))}>
            {t('transfers.list.next')}
          </button>
        </nav>
      )}
    </>
  )
}
