/**
 * A random key for the Idempotency-Key header. crypto.randomUUID exists only in secure contexts
 * (https or localhost); a portal reached over plain http on an intranet still needs unique keys.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}
