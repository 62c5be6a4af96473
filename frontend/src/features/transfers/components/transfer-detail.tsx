import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { listingPath, needPath } from '@/config/paths'
import { useCodeLabels } from '@/features/catalog/components/code-labels'
import { currentLanguage } from '@/lib/i18n'
import type { TransferAction, TransferHistoryEntry, TransferView } from '@/types/transfers'
import { formatDate, formatNumber } from '@/utils/format'
import { ENDING_ACTIONS } from './action-fields'
import { FollowUps } from './follow-ups'
import { MessageThread } from './message-thread'
import { StepForm } from './step-form'
import { Deadline, TransferStatusBadge } from './transfer-status'
import { TransferFiles } from './transfer-files'
import { TransferTimeline } from './transfer-timeline'

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="facts">
      {rows.filter(([, v]) => v !== null && v !== undefined && v !== '').map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

/** Who confirmed a step: the audit entry of that action names them. */
function confirmedBy(history: TransferHistoryEntry[] | null | undefined, action: TransferAction) {
  return history?.findLast((h) => h.action === action)?.userName
}

/** The application page: what was asked, where it stands, what the viewer may do, milestones, messages, audit. */
export function TransferDetail({ transfer }: { transfer: TransferView }) {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const lang = currentLanguage()
  const [acting, setActing] = useState<TransferAction | null>(null)
  const a = transfer.application
  const date = (iso?: string | null) => (iso ? formatDate(iso, lang) : null)
  const day = (iso?: string | null) => (iso ? new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso)) : null)
  const by = (action: TransferAction) => confirmedBy(transfer.history, action)
  const forward = transfer.actions.filter((x) => !ENDING_ACTIONS.includes(x))
  const ending = transfer.actions.filter((x) => ENDING_ACTIONS.includes(x))

  return (
    <div className="transfer">
      <p className="transfer__head">
        <TransferStatusBadge status={transfer.status} />{' '}
        {transfer.status !== 'COMPLETED' && <Deadline deadlineAt={transfer.deadlineAt} overdue={transfer.overdue} />}{' '}
        <span className="muted">
          {t('transfers.detail.youAre', { roles: transfer.as.map((k) => t(`transfers.actor.${k}`)).join(', ') })}
        </span>
      </p>
      <p>
        <Link to={listingPath(transfer.listingId)}>{transfer.listing.title ?? transfer.listing.reference}</Link>{' '}
        <span className="muted">
          {transfer.listing.reference} · {transfer.listing.providerName}
          {transfer.listing.providerCountry && <> ({labels.country(transfer.listing.providerCountry)})</>} →{' '}
          {labels.country(transfer.requesterCountry)}
        </span>
      </p>
      {transfer.status === 'STAFF_INFO_REQUESTED' && transfer.infoRequestedFrom && (
        <p className="alert alert--info">{t('transfers.detail.staffAsked', { side: t(`transfers.actor.${transfer.infoRequestedFrom}`) })}</p>
      )}
      {transfer.closingReason && (
        <p className="alert alert--warning"><strong>{t('transfers.detail.endedBecause')}</strong> {transfer.closingReason}</p>
      )}

      {transfer.actions.length > 0 && (
        <section aria-labelledby="tr-actions" className="transfer__actions">
          <h2 id="tr-actions">{t('transfers.detail.nextSteps')}</h2>
          {acting ? (
            <StepForm key={acting} transferId={transfer.id} action={acting} onDone={() => setActing(null)} />
          ) : (
            <p className="actions">
              {forward.map((x) => (
                <button key={x} type="button" className="btn btn--primary" onClick={() => setActing(x)}>{t(`transfers.action.${x}`)}</button>
              ))}{' '}
              {ending.map((x) => (
                <button key={x} type="button" className="btn btn--danger" onClick={() => setActing(x)}>{t(`transfers.action.${x}`)}</button>
              ))}
            </p>
          )}
        </section>
      )}

      <TransferTimeline transfer={transfer} />

      <section aria-labelledby="tr-application">
        <h2 id="tr-application">{t('transfers.detail.application')}</h2>
        <Facts rows={[
          [t('transfers.field.intendedUse'), a.intendedUse],
          [t('transfers.field.patientsPerYear'), formatNumber(a.patientsPerYear, lang)],
          [t('transfers.field.professionalsToTrain'), formatNumber(a.professionalsToTrain, lang)],
          [t('transfers.field.preferredMode'), labels.code('mode', a.preferredMode)],
          [t('transfers.field.timeline'), a.timeline],
          [t('transfers.field.need'), transfer.needId ? <Link to={needPath(transfer.needId)}>{t('transfers.detail.viewNeed')}</Link> : null],
          [t('transfers.field.appliedOn'), date(transfer.createdAt)],
        ]} />
        <h3>{t('transfers.field.readiness')}: {a.readinessScore}/100</h3>
        {a.readiness.length > 0 && (
          <table className="data-table readiness-table">
            <thead><tr><th scope="col">{t('transfers.detail.requirement')}</th><th scope="col">{t('transfers.detail.site')}</th></tr></thead>
            <tbody>
              {a.readiness.map((r) => (
                <tr key={r.requirement} className={r.answer === 'HAVE' ? undefined : 'row--gap'}>
                  <td>{r.requirement}</td>
                  <td>{t(`transfers.readiness.${r.answer}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {a.gaps.length > 0 && <p className="alert alert--warning"><strong>{t('transfers.field.gaps')}</strong> {a.gaps.join('; ')}</p>}
        <TransferFiles transferId={transfer.id} kind="APPLICATION" />
      </section>

      {(transfer.acceptance || transfer.decline) && (
        <section aria-labelledby="tr-answer">
          <h2 id="tr-answer">{t('transfers.detail.providerAnswer')}</h2>
          {transfer.acceptance && (
            <Facts rows={[
              [t('transfers.stepField.terms'), transfer.acceptance.terms],
              [t('transfers.stepField.trainingPlan'), transfer.acceptance.trainingPlan],
              [t('transfers.detail.confirmedBy'), [by('ACCEPT'), date(transfer.acceptance.at)].filter(Boolean).join(', ')],
            ]} />
          )}
          {transfer.decline && (
            <Facts rows={[
              [t('transfers.stepField.reasonCode'), t(`transfers.option.reasonCode.${transfer.decline.code}`)],
              [t('transfers.stepField.text'), transfer.decline.text],
              [t('transfers.detail.confirmedBy'), [by('DECLINE'), date(transfer.decline.at)].filter(Boolean).join(', ')],
            ]} />
          )}
        </section>
      )}

      {(transfer.agreement || transfer.training || transfer.deployment) && (
        <section aria-labelledby="tr-milestones">
          <h2 id="tr-milestones">{t('transfers.detail.milestones')}</h2>
          {transfer.agreement && (
            <>
              <h3>{t('transfers.status.AGREEMENT_SIGNED')}</h3>
              <Facts rows={[
                [t('transfers.stepField.kind'), t(`transfers.option.kind.${transfer.agreement.kind}`)],
                [t('transfers.stepField.signedOn'), day(transfer.agreement.signedOn)],
                [t('transfers.stepField.value'), transfer.agreement.value != null ? `${formatNumber(transfer.agreement.value, lang)} ${transfer.agreement.currency ?? ''}` : null],
                [t('transfers.detail.confirmedBy'), [by('SIGN_AGREEMENT'), date(transfer.agreement.at)].filter(Boolean).join(', ')],
              ]} />
              <TransferFiles transferId={transfer.id} kind="AGREEMENT" />
            </>
          )}
          {transfer.training && (
            <>
              <h3>{t('transfers.status.TRAINING_DELIVERED')}</h3>
              <Facts rows={[
                [t('transfers.stepField.professionalsTrained'), formatNumber(transfer.training.professionalsTrained, lang)],
                [t('transfers.stepField.professions'), transfer.training.professions.join(', ')],
                [t('transfers.stepField.certificatesIssued'), formatNumber(transfer.training.certificatesIssued, lang)],
                [t('transfers.stepField.deliveredOn'), day(transfer.training.deliveredOn)],
                [t('transfers.detail.confirmedBy'), [by('RECORD_TRAINING'), date(transfer.training.at)].filter(Boolean).join(', ')],
              ]} />
              <TransferFiles transferId={transfer.id} kind="TRAINING" />
            </>
          )}
          {transfer.deployment && (
            <>
              <h3>{t('transfers.status.DEPLOYED')}</h3>
              <Facts rows={[
                [t('transfers.stepField.goLiveOn'), day(transfer.deployment.goLiveOn)],
                [t('transfers.stepField.note'), transfer.deployment.note],
                [t('transfers.detail.confirmedBy'), [by('RECORD_DEPLOYMENT'), date(transfer.deployment.at)].filter(Boolean).join(', ')],
              ]} />
              <TransferFiles transferId={transfer.id} kind="DEPLOYMENT" />
            </>
          )}
        </section>
      )}

      {Object.keys(transfer.followUps).length > 0 && <FollowUps transfer={transfer} />}

      <MessageThread transferId={transfer.id} unread={transfer.unreadMessages ?? 0} />

      {transfer.history && transfer.history.length > 0 && (
        <section aria-labelledby="tr-audit">
          <h2 id="tr-audit">{t('transfers.detail.audit')}</h2>
          <div className="table-wrap">
            <table className="data-table audit-table">
              <thead>
                <tr>
                  <th scope="col">{t('transfers.audit.when')}</th>
                  <th scope="col">{t('transfers.audit.who')}</th>
                  <th scope="col">{t('transfers.audit.step')}</th>
                  <th scope="col">{t('transfers.audit.fromTo')}</th>
                  <th scope="col">{t('transfers.audit.comment')}</th>
                </tr>
              </thead>
              <tbody>
                {transfer.history.map((h, i) => (
                  <tr key={i}>
                    <td>{date(h.at)}</td>
                    <td>{h.userName} <span className="muted">({t(`transfers.actor.${h.as}`)})</span></td>
                    <td>{h.action ? t(`transfers.action.${h.action}`) : t('transfers.audit.applied')}</td>
                    <td>{h.from ? `${t(`transfers.status.${h.from}`)} → ` : ''}{t(`transfers.status.${h.to}`)}</td>
                    <td>{h.comment}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  )
}
