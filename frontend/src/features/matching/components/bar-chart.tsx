/** Horizontal bars in plain CSS: label, bar proportional to the largest value, the value. */
export function BarChart({ title, data, label }: { title: string; data: Record<string, number>; label: (key: string) => string }) {
  const entries = Object.entries(data).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const max = Math.max(1, ...entries.map(([, v]) => v))
  return (
    <figure className="bar-chart">
      <figcaption>{title}</figcaption>
      <ul>
        {entries.map(([key, value]) => (
          <li key={key}>
            <span className="bar-chart__label">{label(key)}</span>
            <span className="bar-chart__bar" aria-hidden="true">
              <span style={{ width: `${(value / max) * 100}%` }} />
            </span>
            <span className="bar-chart__value">{value}</span>
          </li>
        ))}
      </ul>
    </figure>
  )
}
