import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { TextAreaField } from '@/components/ui/field'
import { currentLanguage } from '@/lib/i18n'
import { newIdempotencyKey } from '@/lib/idempotency-key'
import { formatDate } from '@/utils/format'
import { fileUrl, uploadTransferFile } from '../api/files'
import { useMessages } from '../api/get-transfer'
import { usePostMessage } from '../api/post-message'
import { FilePicker, fileSize } from './transfer-files'

/** The thread between requester, provider and staff; opening it marks it read on the server. */
export function MessageThread({ transferId, unread }: { transferId: string; unread: number }) {
  const { t } = useTranslation()
  const lang = currentLanguage()
  const messages = useMessages(transferId)
  const post = usePostMessage(transferId)
  const [text, setText] = useState('')
  // one key per message being written: a retry of the same send is not posted twice
  const [key, setKey] = useState(newIdempotencyKey)
  // files are uploaded as soon as they are picked, then sent with the message by id
  const [files, setFiles] = useState<{ id: string; name: string }[]>([])
  const [uploading, setUploading] = useState(false)
  const [uploadError, setUploadError] = useState<unknown>(null)

  async function attach(picked: File[]) {
    setUploading(true)
    setUploadError(null)
    try {
      // each file is listed as soon as it is stored, so those before a refused one stay attached
      for (const file of picked) {
        const stored = await uploadTransferFile(transferId, 'MESSAGE', file)
        setFiles((old) => [...old, { id: stored.id, name: stored.fileName }])
      }
    } catch (error) {
      setUploadError(error)
    } finally {
      setUploading(false)
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!text.trim()) return
    post.mutate({ text: text.trim(), key, attachmentIds: files.map((f) => f.id) }, {
      onSuccess: () => {
        setText('')
        setFiles([])
        setKey(newIdempotencyKey())
      },
    })
  }

  return (
    <section aria-labelledby="tr-messages" className="messages">
      <h2 id="tr-messages">
        {t('transfers.messages.title')} {unread > 0 && <span className="badge badge--pending">{t('transfers.messages.unread', { count: unread })}</span>}
      </h2>
      {messages.isPending ? (
        <Spinner />
      ) : messages.isError ? (
        <ErrorAlert error={messages.error} onRetry={() => void messages.refetch()} />
      ) : messages.data.length === 0 ? (
        <p className="muted">{t('transfers.messages.empty')}</p>
      ) : (
        <ol className="plain-list message-list">
          {messages.data.map((m) => (
            <li key={m.id} className="message">
              <p className="message__meta">
                <strong>{m.authorName}</strong> <span className="muted">({t(`transfers.actor.${m.authorAs}`)}) · {formatDate(m.at, lang)}</span>
              </p>
              <p className="message__text">{m.text}</p>
              {m.attachments && m.attachments.length > 0 && (
                <ul className="plain-list message__files">
                  {m.attachments.map((f) => (
                    <li key={f.fileId}>
                      <a href={fileUrl(transferId, f.fileId)} download>{f.fileName}</a> <span className="muted">({fileSize(f.size)})</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      <form className="form" onSubmit={submit}>
        <TextAreaField label={t('transfers.messages.write')} value={text} onChange={(e) => setText(e.target.value)} rows={3} maxLength={8000} />
        <FilePicker label={t('transfers.files.attach')} disabled={uploading} onFiles={(picked) => void attach(picked)} />
        {files.length > 0 && <p className="muted">{t('transfers.files.attached', { names: files.map((f) => f.name).join(', ') })}</p>}
        {uploadError !== null && <ErrorAlert error={uploadError} />}
        {post.isError && <ErrorAlert error={post.error} />}
        <button type="submit" className="btn btn--secondary" disabled={post.isPending || uploading || !text.trim()}>{t('transfers.messages.send')}</button>
      </form>
    </section>
  )
}
