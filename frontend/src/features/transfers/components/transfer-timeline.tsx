import { useTranslation } from 'react-i18next'
import { currentLanguage } from '@/lib/i18n'
import type { TransferStatus, TransferView } from '@/types/transfers'
import { formatDate } from '@/utils/format'

/** The road every successful transfer travels; the information-request detours return to it. */
const ROAD: TransferStatus[] = [
  'SUBMITTED', 'ACCEPTED', 'APPROVED', 'AGREEMENT_SIGNED', 'TRAINING_DELIVERED', 'DEPLOYED', 'COMPLETION_CONFIRMED', 'COMPLETED',
]

/** Each stage with the first time the application reached it (from the audit trail). */
export function TransferTimeline({ transfer }: { transfer: TransferView }) {
  const { t } = useTranslation()
  const lang = currentLanguage()
  const reached = new Map<TransferStatus, string>()
  for (const h of transfer.history ?? []) if (!reached.has(h.to)) reached.set(h.to, h.at)
  const ended = !ROAD.includes(transfer.status) && !['INFO_REQUESTED', 'STAFF_INFO_REQUESTED'].includes(transfer.status)
  return (
    <ol className="timeline" aria-label={t('transfers.detail.timeline')}>
      {ROAD.map((stage) => {
        const at = reached.get(stage)
        const current = stage === transfer.status
        return (
          <li key={stage} className={`timeline__step${at ? ' timeline__step--done' : ''}${current ? ' timeline__step--current' : ''}`}
            aria-current={current ? 'step' : undefined}>
            <span className="timeline__label">{t(`transfers.status.${stage}`)}</span>
            {at && <span className="timeline__date">{formatDate(at, lang)}</span>}
          </li>
        )
      })}
      {ended && (
        <li className="timeline__step timeline__step--ended" aria-current="step">
          <span className="timeline__label">{t(`transfers.status.${transfer.status}`)}</span>
          {reached.get(transfer.status) && <span className="timeline__date">{formatDate(reached.get(transfer.status), lang)}</span>}
        </li>
      )}
    </ol>
  )
}
