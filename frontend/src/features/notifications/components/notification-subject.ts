import type { TFunction } from 'i18next'

// The server stores a notification's kind as a key (transfer.ACCEPTED, match.NEW_FOR_NEED, …) and
// its text in English; the heading is shown in the reader's language from the key.
const KINDS: Record<string, string> = {
  'transfer.message': 'message',
  'transfer.overdue': 'overdue',
  'transfer.follow-up-overdue': 'followUpOverdue',
  'match.NEW_FOR_NEED': 'NEW_FOR_NEED',
  'match.NEW_DEMAND': 'NEW_DEMAND',
  'match.CURATED': 'CURATED',
  'need.EXPIRING': 'EXPIRING',
  'search.NEW_LISTING': 'NEW_LISTING',
}

export function notificationSubject(subject: string, t: TFunction): string {
  const kind = KINDS[subject]
  if (kind) return t(`notifications.subject.${kind}`)
  const status = /^transfer\.([A-Z_]+)$/.exec(subject)?.[1]
  if (status) return t('notifications.subject.transferStatus', { status: t(`transfers.status.${status}`, { defaultValue: status }) })
  return t('notifications.subject.other')
}

/** Links the server writes that the UI serves under another path. */
export function notificationLink(link: string): string {
  if (/^\/listings\/[^/]+\/demand$/.test(link)) return '/my/demand'
  return link
}
