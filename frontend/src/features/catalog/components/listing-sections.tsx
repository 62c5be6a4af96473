import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ListingView } from '@/types/catalog'
import { useCodeLabels } from './code-labels'

// The structured parts of a listing (classification, clinical data, requirements, the transfer
// package, IP). All text is rendered as text: HTML a provider typed shows as typed.

const isEmpty = (value: ReactNode) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

function Row({ label, children }: { label: string; children: ReactNode }) {
  if (isEmpty(children)) return null
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  )
}

/** A titled list of facts, left out entirely when none of its rows has a value. */
function Section({ id, title, rows }: { id: string; title: string; rows: [string, ReactNode][] }) {
  if (rows.every(([, value]) => isEmpty(value))) return null
  return (
    <section aria-labelledby={id} className="listing-section">
      <h2 id={id}>{title}</h2>
      <dl className="listing-facts">
        {rows.map(([label, value]) => (
          <Row key={label} label={label}>
            {value}
          </Row>
        ))}
      </dl>
    </section>
  )
}

const list = (items?: string[] | null) => (items && items.length ? items.join(', ') : null)

export function ListingSections({ listing }: { listing: ListingView }) {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const { clinical, requirements: req, transferIncludes: pkg, ip } = listing
  const patents = ip?.patents?.map((p) => `${p.number} (${p.office}, ${labels.code('patentStatus', p.status)})`).join('; ')
  const regulatory = Object.entries(ip?.regulatoryStatus ?? {})
    .map(([country, status]) => `${labels.country(country)}: ${labels.code('regulatoryStatus', status)}`)
    .join('; ')
  return (
    <>
      <Section
        id="sec-class"
        title={t('listing.classification')}
        rows={[
          [t('listing.diseaseAreas'), listing.diseaseAreas.map((c) => labels.code('diseaseArea', c)).join(', ')],
          [t('listing.type'), listing.technologyType ? labels.code('type', listing.technologyType) : null],
          [t('listing.trl'), listing.trl],
          [t('listing.modes'), listing.transferModes.map((c) => labels.code('mode', c)).join(', ')],
          [t('listing.keywords'), list(listing.keywords)],
          [t('listing.targetCountries'), listing.targetCountries.map(labels.country).join(', ')],
          [t('listing.trainingLanguages'), list(listing.trainingLanguages.map(labels.language))],
        ]}
      />
      <Section
        id="sec-clinical"
        title={t('listing.clinical')}
        rows={[
          [t('listing.indication'), clinical?.indication],
          [t('listing.evidenceLevel'), clinical?.evidenceLevel],
          [t('listing.outcomes'), clinical?.outcomes],
          [t('listing.learningCurve'), clinical?.learningCurve],
          [t('listing.minimumCaseVolume'), clinical?.minimumAnnualCaseVolume],
          [t('listing.teamRequired'), clinical?.teamRequired],
        ]}
      />
      <Section
        id="sec-req"
        title={t('listing.requirements')}
        rows={[
          [t('listing.equipment'), list(req?.equipment)],
          [t('listing.staffAndSkills'), req?.staffAndSkills],
          [t('listing.infrastructure'), req?.infrastructure],
          [t('listing.annualPatientVolume'), req?.annualPatientVolume],
        ]}
      />
      <Section
        id="sec-pkg"
        title={t('listing.includes')}
        rows={[
          [t('listing.trainingDays'), pkg?.trainingDays],
          [t('listing.trainingPlaces'), pkg?.trainingPlaces],
          [t('listing.equipment'), list(pkg?.equipment)],
          [t('listing.software'), list(pkg?.software)],
          [t('listing.documents'), list(pkg?.documents)],
          [t('listing.remoteSupport'), pkg?.remoteSupport],
          [t('listing.costModel'), pkg?.costModel ? labels.code('costModel', pkg.costModel) : null],
          [t('listing.terms'), pkg?.termsNotes],
        ]}
      />
      <Section id="sec-ip" title={t('listing.ip')} rows={[[t('listing.patents'), patents], [t('listing.regulatory'), regulatory]]} />
    </>
  )
}
