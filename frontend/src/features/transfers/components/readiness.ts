import type { ListingContent } from '@/types/catalog'
import type { ReadinessAnswer } from '@/types/transfers'

/**
 * What a site must have for a listing, in the order the server asks for it
 * (MongoCatalogReader.requirements: equipment, then staff and skills, then infrastructure; each text once).
 */
export function listingRequirements(content: Pick<ListingContent, 'requirements'>): string[] {
  const r = content.requirements
  if (!r) return []
  const items = [...(r.equipment ?? []), r.staffAndSkills, r.infrastructure].filter((x): x is string => !!x && x.trim() !== '')
  return [...new Set(items)]
}

/** The server's score (Readiness.score): 100 × (HAVE + ½·PARTIAL) / n, rounded; 100 with nothing required. */
export function readinessScore(answers: ReadinessAnswer[]): number {
  if (answers.length === 0) return 100
  const points = answers.reduce((sum, a) => sum + (a.answer === 'HAVE' ? 1 : a.answer === 'PARTIAL' ? 0.5 : 0), 0)
  return Math.round((100 * points) / answers.length)
}
