import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { TextField } from '@/components/ui/field'
import { useToast } from '@/components/ui/toast'
import { useUser } from '@/features/auth/api/get-me'
import { currentLanguage } from '@/lib/i18n'
import { problemMessage } from '@/lib/problem-message'
import type { AdminUser } from '@/types/api'
import { formatDate } from '@/utils/format'
import { useUsers } from '../api/get-users'
import { useSetUserEnabled } from '../api/update-user'
import { RolesEditor } from './roles-editor'

const PAGE_SIZE = 20

export function UserList() {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [q, setQ] = useState('')
  const [page, setPage] = useState(0) // the API counts pages from 0
  const users = useUsers({ q, page, size: PAGE_SIZE })

  useEffect(() => {
    const timer = window.setTimeout(() => {
      setQ(text.trim())
      setPage(0)
    }, 300)
    return () => window.clearTimeout(timer)
  }, [text])

  const pages = users.data ? Math.max(1, Math.ceil(users.data.total / users.data.size)) : 1
  return (
    <div className="user-list">
      <div role="search">
        <TextField
          label={t('admin.search')}
          type="search"
          placeholder={t('admin.searchPlaceholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      {users.isPending ? (
        <Spinner />
      ) : users.isError ? (
        <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />
      ) : users.data.items.length === 0 ? (
        <p className="empty">{t('admin.empty')}</p>
      ) : (
        <>
          <table className="table" aria-busy={users.isFetching}>
            <thead>
              <tr>
                <th scope="col">{t('admin.user')}</th>
                <th scope="col">{t('admin.institution')}</th>
                <th scope="col">{t('admin.roles')}</th>
                <th scope="col">{t('admin.state')}</th>
                <th scope="col">{t('admin.lastLogin')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((user) => (
                <UserRow key={user.id} user={user} />
              ))}
            </tbody>
          </table>
          <nav className="pager" aria-label={t('admin.pagination')}>
            <button type="button" className="btn btn--secondary" disabled={page === 0} onClick={() => setPage((p) => p - 1)}>
              {t('common.previous')}
            </button>
            <span aria-live="polite">{t('admin.pageInfo', { page: page + 1, pages, total: users.data.total })}</span>
            <button type="button" className="btn btn--secondary" disabled={page + 1 >= pages} onClick={() => setPage((p) => p + 1)}>
              {t('common.next')}
            </button>
          </nav>
        </>
      )}
    </div>
  )
}

function UserRow({ user }: { user: AdminUser }) {
  const { t } = useTranslation()
  const toast = useToast()
  const { data: me } = useUser()
  const setEnabled = useSetUserEnabled()
  const [editing, setEditing] = useState(false)
  const isMe = me?.id === user.id

  function toggleEnabled() {
    setEnabled.mutate(
      { id: user.id, enabled: !user.enabled },
      {
        onSuccess: () =>
          toast.success(t(user.enabled ? 'admin.disabledDone' : 'admin.enabledDone', { name: user.displayName })),
        onError: (error) => toast.error(problemMessage(error, t)),
      },
    )
  }

  return (
    <tr>
      <td data-label={t('admin.user')}>
        <strong>{user.displayName}</strong>
        <br />
        <span className="muted">
          {user.username} · {user.email}
        </span>
      </td>
      <td data-label={t('admin.institution')}>{user.institution?.name ?? '—'}</td>
      <td data-label={t('admin.roles')}>
        {editing ? (
          <RolesEditor user={user} onDone={() => setEditing(false)} />
        ) : (
          <>
            {user.roles.map((role) => t(`roles.${role}`)).join(', ')}{' '}
            <button type="button" className="btn btn--link" onClick={() => setEditing(true)}>
              {t('admin.editRoles')}
            </button>
          </>
        )}
      </td>
      <td data-label={t('admin.state')}>
        <span className={`badge ${user.enabled ? 'badge--verified' : 'badge--rejected'}`}>
          {t(user.enabled ? 'admin.enabled' : 'admin.disabled')}
        </span>
      </td>
      <td data-label={t('admin.lastLogin')} className="nowrap">{formatDate(user.lastLoginAt, currentLanguage()) || t('admin.never')}</td>
      <td data-label={t('admin.actions')}>
        <button
          type="button"
          className={`btn ${user.enabled ? 'btn--danger' : 'btn--secondary'}`}
          onClick={toggleEnabled}
          disabled={setEnabled.isPending || isMe}
        >
          {t(user.enabled ? 'admin.disable' : 'admin.enable')}
        </button>
      </td>
    </tr>
  )
}
